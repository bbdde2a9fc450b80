package org.copydesk.security.service;

import java.time.Clock;
import java.util.Set;
import org.copydesk.security.Role;
import org.copydesk.security.domain.Account;
import org.copydesk.security.domain.AccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and disables accounts. Used at startup for the first admin and the demo accounts; an admin screen comes later. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, SessionRegistry sessions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with this username exists; returns whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (accounts.existsByUsername(username)) {
            return false;
        }
        accounts.save(new Account(username, displayName, passwordEncoder.encode(rawPassword), roles, clock.instant()));
        return true;
    }

    /**
     * Disables the account: from this moment its password, its API tokens and its open UI sessions stop working.
     * Returns false when no account has this username.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean disable(String username) {
        var account = accounts.findByUsername(username);
        account.ifPresent(Account::disable);
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails user && user.getUsername().equals(username))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
        return account.isPresent();
    }

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }
}
