package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.base.postgres.SharedEmbeddedPostgres;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.OwnerDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Revisions are append-only twice over. The application's own connection (a role that owns nothing) has no right to
 * change, remove or truncate a revision, nor to switch the triggers off; and the triggers refuse even the owner.
 */
@CopydeskContext
class RevisionTableTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SharedEmbeddedPostgres.Lease embedded;

    JdbcTemplate owner;

    @BeforeEach
    void connectAsOwner() {
        owner = OwnerDatabase.jdbc(embedded);
    }

    @AfterEach
    void disconnect() {
        ((SingleConnectionDataSource) owner.getDataSource()).destroy();
    }

    @Test
    void the_application_connects_as_a_role_that_owns_no_table() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("copydesk_app");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
    }

    @Test
    void the_application_may_read_and_append_revisions_but_not_change_or_remove_them() {
        assertThat(jdbc.queryForObject(
                        "select has_table_privilege('revisions', 'SELECT') and has_table_privilege('revisions', 'INSERT')",
                        Boolean.class))
                .isTrue();
        for (String sql : new String[] {
            "update revisions set text = 'tampered' where number = 1",
            "delete from revisions where number = 1",
            "truncate revisions cascade"
        }) {
            assertThatThrownBy(() -> jdbc.execute(sql))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
        assertThat(jdbc.queryForObject("select count(*) from revisions where text = 'tampered'", Long.class))
                .isZero();
    }

    @Test
    void the_application_cannot_switch_the_append_only_triggers_off() {
        for (String sql : new String[] {
            "alter table revisions disable trigger revisions_no_update_or_delete",
            "alter table revisions disable trigger all",
            "drop trigger revisions_no_truncate on revisions",
            "set session_replication_role = replica"
        }) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class);
        }
        assertThat(owner.queryForObject(
                        "select count(*) from pg_trigger where tgrelid = 'revisions'::regclass and tgenabled = 'O' and not tgisinternal",
                        Long.class))
                .isEqualTo(2);
    }

    @Test
    void tables_that_later_migrations_create_are_usable_by_the_application_at_once() {
        owner.execute("create table later_feature_probe (id bigint primary key)");
        try {
            jdbc.update("insert into later_feature_probe values (1)");
            assertThat(jdbc.update("update later_feature_probe set id = 2")).isEqualTo(1);
            assertThat(jdbc.update("delete from later_feature_probe")).isEqualTo(1);
        } finally {
            owner.execute("drop table later_feature_probe");
        }
    }

    @Test
    void the_database_refuses_even_its_owner_to_update_a_revision() {
        long before = owner.queryForObject("select count(*) from revisions where text = 'tampered'", Long.class);
        assertThatThrownBy(() -> owner.update("update revisions set text = 'tampered' where number = 1"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(owner.queryForObject("select count(*) from revisions where text = 'tampered'", Long.class))
                .isEqualTo(before);
    }

    @Test
    void the_database_refuses_even_its_owner_to_delete_a_revision() {
        long before = owner.queryForObject("select count(*) from revisions", Long.class);
        assertThat(before).isPositive();
        assertThatThrownBy(() -> owner.update("delete from revisions"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(owner.queryForObject("select count(*) from revisions", Long.class))
                .isEqualTo(before);
    }

    @Test
    void the_database_refuses_even_its_owner_to_truncate_the_revisions() {
        assertThatThrownBy(() -> owner.execute("truncate revisions cascade"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
    }
}
