package org.copydesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can sign in on a fresh installation. Each test runs in a transaction that is rolled back, so it can take the
 * admin role away to play an external database that has no accounts yet.
 */
@CopydeskContext
@Transactional
class AccountBootstrapTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void on_the_embedded_database_the_demo_accounts_exist_with_bcrypt_passwords_in_the_delegating_format() {
        for (String name : new String[] {"editor", "editor2", "reviewer", "admin"}) {
            String hash =
                    jdbc.queryForObject("select password_hash from accounts where username = ?", String.class, name);
            assertThat(hash).startsWith("{bcrypt}$2a$");
            assertThat(passwords.matches(name, hash)).isTrue();
        }
        assertThat(jdbc.queryForList(
                        "select role from account_roles r join accounts a on a.id = r.account_id"
                                + " where a.username = 'reviewer'",
                        String.class))
                .containsExactly("REVIEWER");
    }

    @Test
    void on_an_external_database_the_first_admin_comes_from_configuration_and_no_demo_accounts_are_made() {
        jdbc.update("delete from account_roles where role = 'ADMIN'");
        long before = countAccounts();

        new AccountBootstrap(accounts, false, "chief", "a long secret").runBeforeServing();
        entityManager.flush();

        assertThat(countAccounts()).isEqualTo(before + 1);
        String hash = jdbc.queryForObject("select password_hash from accounts where username = 'chief'", String.class);
        assertThat(passwords.matches("a long secret", hash)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select role from account_roles r join accounts a on a.id = r.account_id where a.username = 'chief'",
                        String.class))
                .isEqualTo("ADMIN");
    }

    @Test
    void a_configured_admin_is_not_created_when_an_admin_already_exists() {
        long before = countAccounts();
        new AccountBootstrap(accounts, false, "chief", "a long secret").runBeforeServing();
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void without_configuration_an_external_database_gets_no_accounts_at_all() {
        jdbc.update("delete from account_roles where role = 'ADMIN'");
        long before = countAccounts();
        new AccountBootstrap(accounts, false, "", "").runBeforeServing();
        assertThat(countAccounts()).isEqualTo(before);
    }

    private long countAccounts() {
        return jdbc.queryForObject("select count(*) from accounts", Long.class);
    }
}
