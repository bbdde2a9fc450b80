package org.copydesk.security.service;

import java.time.Instant;
import java.util.Set;
import org.copydesk.security.Role;
import org.copydesk.security.domain.Account;

/** An account as the admin screen lists it. */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        Instant createdAt) {

    static AccountSummary of(Account a) {
        return new AccountSummary(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRoles(),
                a.isEnabled(),
                a.mustChangePassword(),
                a.getCreatedAt());
    }
}
