package org.copydesk.security.service;

import java.util.Set;
import org.copydesk.base.BeforeServingTask;
import org.copydesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in. On the embedded database (a local trial) with the server on loopback only, the demo
 * accounts exist (see {@code copydesk.demo-accounts.enabled}); on an external
 * database there are none, and the first admin comes from {@code copydesk.admin.username} and
 * {@code copydesk.admin.password}.
 */
@Component
class AccountBootstrap extends BeforeServingTask {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final boolean demoAccounts;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(
            AccountService accounts,
            @Value("${copydesk.demo-accounts.enabled:false}") boolean demoAccounts,
            @Value("${copydesk.admin.username:}") String adminUsername,
            @Value("${copydesk.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    protected void runBeforeServing() {
        if (demoAccounts) {
            createDemoAccounts();
        }
        if (!adminUsername.isBlank() && !adminPassword.isBlank() && !accounts.anyAdminExists()) {
            accounts.createIfAbsent(adminUsername, adminUsername, adminPassword, Set.of(Role.ADMIN));
            log.info("Created the first admin account '{}' from configuration.", adminUsername);
        } else if (!demoAccounts && !accounts.anyAdminExists()) {
            log.warn("No admin account exists. Set COPYDESK_ADMIN_USERNAME and COPYDESK_ADMIN_PASSWORD and restart.");
        }
    }

    private void createDemoAccounts() {
        accounts.createIfAbsent("editor", "Eda Editor", "editor", Set.of(Role.EDITOR));
        accounts.createIfAbsent("editor2", "Ed Second", "editor2", Set.of(Role.EDITOR));
        accounts.createIfAbsent("reviewer", "Rita Reviewer", "reviewer", Set.of(Role.REVIEWER));
        accounts.createIfAbsent("admin", "Ada Admin", "admin", Set.of(Role.ADMIN));
    }
}
