package org.copydesk.security;

import java.time.Instant;

/** Published inside the transaction that changed an account: {@code actor} did {@code change} to {@code username}. */
public record AccountChanged(String actor, String username, Change change, String details, Instant at) {

    public enum Change {
        CREATED,
        DISABLED,
        ENABLED,
        ROLES_CHANGED,
        PASSWORD_RESET,
        PASSWORD_CHANGED
    }
}
