package org.copydesk.security.service;

import java.time.Clock;
import java.util.Set;
import org.copydesk.security.Role;
import org.copydesk.security.domain.Account;
import org.copydesk.security.domain.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts. Used at startup for the first admin and the demo accounts; an admin screen comes later. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
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

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }
}
