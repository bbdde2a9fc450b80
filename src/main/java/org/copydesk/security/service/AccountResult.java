package org.copydesk.security.service;

/** The outcome of an account change. */
public sealed interface AccountResult {

    /** Done; {@code temporaryPassword} is set (and shown once) after a reset or a creation with a generated one. */
    record Done(AccountSummary account, String temporaryPassword) implements AccountResult {}

    /** The change is refused: {@code reason} says why (a duplicate username, locking out the last admin). */
    record Refused(String reason) implements AccountResult {}

    record NotFound(long accountId) implements AccountResult {}
}
