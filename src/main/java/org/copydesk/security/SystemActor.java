package org.copydesk.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs startup work (importing the seed articles) as the {@code system} account, through the same secured services
 * a person uses, so that revisions name who made them and no service needs an unsecured back door.
 */
public final class SystemActor {

    public static final String USERNAME = "system";

    private SystemActor() {}

    public static <T> T call(Supplier<T> work) {
        return callAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        USERNAME, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))),
                work);
    }

    /** Runs {@code work} with {@code authentication} in this thread's security context, then restores it. */
    public static <T> T callAs(Authentication authentication, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
