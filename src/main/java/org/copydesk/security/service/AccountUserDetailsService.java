package org.copydesk.security.service;

import org.copydesk.security.Role;
import org.copydesk.security.domain.Account;
import org.copydesk.security.domain.AccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up for form login and HTTP Basic, and stores a password's hash again in the current format
 * after a sign-in with an older one (Spring Security calls {@link #updatePassword}).
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return toUser(account);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        Account account = accounts.findByUsername(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException("no account " + user.getUsername()));
        if (newPassword != null) {
            account.changePasswordHash(newPassword);
        }
        return toUser(account);
    }

    static UserDetails toUser(Account account) {
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
