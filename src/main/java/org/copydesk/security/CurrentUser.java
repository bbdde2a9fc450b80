package org.copydesk.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this thread: the signed-in account, or the system account for startup work. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The acting account's username; fails when nobody is signed in (services are secured before this runs). */
    public static String username() {
        return authentication().getName();
    }

    public static boolean hasRole(Role role) {
        return authentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    /** Whether the acting account signed in with an API token rather than its password. */
    public static boolean signedInWithApiToken() {
        return authentication() instanceof ApiTokenAuthentication;
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new IllegalStateException("no signed-in account in this thread");
        }
        return auth;
    }
}
