package org.copydesk.security.service;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.security.domain.AccountRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who has an account, by username only: for @mentions and their completion. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled accounts whose username starts with {@code prefix} (ignoring case), at most {@code limit}. */
    public List<String> usernamesStartingWith(String prefix, int limit) {
        String escaped = prefix.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return accounts.enabledUsernamesLike(escaped + "%", PageRequest.of(0, limit));
    }

    /** Those of {@code usernames} that name an account. */
    public Set<String> existing(Collection<String> usernames) {
        return usernames.isEmpty() ? Set.of() : Set.copyOf(accounts.existingUsernames(usernames));
    }
}
