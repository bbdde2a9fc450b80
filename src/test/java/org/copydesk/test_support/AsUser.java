package org.copydesk.test_support;

import java.util.Arrays;
import java.util.function.Supplier;
import org.copydesk.security.Role;
import org.copydesk.security.SystemActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Runs service calls as a given account with given roles, as the security filters would have set it up. */
public final class AsUser {

    private AsUser() {}

    public static <T> T call(String username, Supplier<T> work, Role... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return SystemActor.callAs(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities), work);
    }

    public static <T> T editor(Supplier<T> work) {
        return call("editor", work, Role.EDITOR);
    }

    public static <T> T editor2(Supplier<T> work) {
        return call("editor2", work, Role.EDITOR);
    }

    public static <T> T reviewer(Supplier<T> work) {
        return call("reviewer", work, Role.REVIEWER);
    }
}
