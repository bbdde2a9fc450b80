package org.copydesk.security.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.security.AccountChanged;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;
import org.copydesk.security.domain.Account;
import org.copydesk.security.domain.AccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as admins manage them (create, disable, enable, change roles, reset a password) and as everybody
 * manages their own password. Every change is published as {@link AccountChanged} in its transaction, so the audit
 * log records it atomically. An admin cannot lock the last admin out: the last enabled admin cannot be disabled
 * or lose the admin role.
 */
@Service
public class AccountAdministrationService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,63}");
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountAdministrationService(
            AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsername().stream()
                .map(AccountSummary::of)
                .toList();
    }

    /** Creates an account with a generated temporary password (shown once), to be changed at the first sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult create(String username, String displayName, Set<Role> roles) {
        if (!USERNAME.matcher(username).matches()) {
            return new AccountResult.Refused(
                    "A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (displayName.isBlank() || displayName.length() > 200) {
            return new AccountResult.Refused("A display name has 1 to 200 characters.");
        }
        if (roles.isEmpty()) {
            return new AccountResult.Refused("An account needs at least one role.");
        }
        if (accounts.existsByUsername(username)) {
            return new AccountResult.Refused("The username " + username + " is taken.");
        }
        String temporary = temporaryPassword();
        var account = new Account(username, displayName.strip(), passwords.encode(temporary), roles, clock.instant());
        account.setPassword(account.getPasswordHash(), true);
        Account saved = accounts.save(account);
        publish(saved, AccountChanged.Change.CREATED, "roles " + names(roles));
        return new AccountResult.Done(AccountSummary.of(saved), temporary);
    }

    /** Disables (or enables again) an account; a disabled account cannot sign in or use its API tokens. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult setEnabled(long accountId, boolean enabled) {
        return change(accountId, account -> {
            if (!enabled && account.getUsername().equals(CurrentUser.username())) {
                return Optional.of("You cannot disable your own account.");
            }
            if (!enabled && isLastAdmin(account)) {
                return Optional.of("This is the last enabled admin; make someone else admin first.");
            }
            if (enabled) {
                account.enable();
            } else {
                account.disable();
            }
            publish(account, enabled ? AccountChanged.Change.ENABLED : AccountChanged.Change.DISABLED, "");
            return Optional.empty();
        });
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult changeRoles(long accountId, Set<Role> roles) {
        return change(accountId, account -> {
            if (roles.isEmpty()) {
                return Optional.of("An account needs at least one role.");
            }
            if (!roles.contains(Role.ADMIN) && isLastAdmin(account)) {
                return Optional.of("This is the last enabled admin; make someone else admin first.");
            }
            String before = names(account.getRoles());
            account.changeRoles(roles);
            publish(account, AccountChanged.Change.ROLES_CHANGED, before + " → " + names(roles));
            return Optional.empty();
        });
    }

    /** Gives the account a new temporary password (returned once); its holder must change it at the next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult resetPassword(long accountId) {
        String temporary = temporaryPassword();
        AccountResult result = change(accountId, account -> {
            account.setPassword(passwords.encode(temporary), true);
            publish(account, AccountChanged.Change.PASSWORD_RESET, "");
            return Optional.empty();
        });
        return result instanceof AccountResult.Done done ? new AccountResult.Done(done.account(), temporary) : result;
    }

    /** Changes the signed-in account's password, given the current one; clears a pending forced change. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AccountResult changeOwnPassword(String currentPassword, String newPassword) {
        Account account = accounts.findByUsername(CurrentUser.username())
                .orElseThrow(() -> new IllegalStateException("the signed-in account has no row"));
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            return new AccountResult.Refused("The current password is not right.");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH || newPassword.length() > 72) {
            return new AccountResult.Refused("A password has " + MIN_PASSWORD_LENGTH + " to 72 characters.");
        }
        if (newPassword.equals(currentPassword)) {
            return new AccountResult.Refused("Choose a password different from the current one.");
        }
        account.setPassword(passwords.encode(newPassword), false);
        publish(account, AccountChanged.Change.PASSWORD_CHANGED, "");
        return new AccountResult.Done(AccountSummary.of(account), "");
    }

    /** Whether the signed-in account must choose a new password before doing anything else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangePassword() {
        return accounts.findByUsername(CurrentUser.username())
                .map(Account::mustChangePassword)
                .orElse(false);
    }

    private AccountResult change(long accountId, java.util.function.Function<Account, Optional<String>> change) {
        Optional<Account> found = accounts.findById(accountId);
        if (found.isEmpty()) {
            return new AccountResult.NotFound(accountId);
        }
        Optional<String> refusal = change.apply(found.get());
        return refusal.<AccountResult>map(AccountResult.Refused::new)
                .orElseGet(() -> new AccountResult.Done(AccountSummary.of(found.get()), ""));
    }

    private boolean isLastAdmin(Account account) {
        return account.isEnabled()
                && account.getRoles().contains(Role.ADMIN)
                && accounts.countEnabledWithRole(Role.ADMIN) <= 1;
    }

    private void publish(Account account, AccountChanged.Change change, String details) {
        events.publishEvent(
                new AccountChanged(CurrentUser.username(), account.getUsername(), change, details, clock.instant()));
    }

    private String temporaryPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static String names(Set<Role> roles) {
        return roles.stream()
                .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
