package org.copydesk.security.service;

/** The outcome of asking for a new API token. */
public sealed interface CreateTokenResult {

    record Created(CreatedToken token) implements CreateTokenResult {}

    /** Only a password sign-in (or a UI session) may create tokens; a token may not mint further tokens. */
    record NotAllowed(String reason) implements CreateTokenResult {}

    record Invalid(String reason) implements CreateTokenResult {}
}
