package org.copydesk.security;

/** What an account may do. An account has one or more roles. */
public enum Role {
    EDITOR,
    REVIEWER,
    ADMIN;

    /** The Spring Security authority for this role, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
