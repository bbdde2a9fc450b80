package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself keeps revisions append-only, whatever the application (or a person with psql) tries. */
@CopydeskContext
class RevisionTableTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_database_refuses_to_update_a_revision() {
        long before = jdbc.queryForObject("select count(*) from revisions where text = 'tampered'", Long.class);
        assertThatThrownBy(() -> jdbc.update("update revisions set text = 'tampered' where number = 1"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from revisions where text = 'tampered'", Long.class))
                .isEqualTo(before);
    }

    @Test
    void the_database_refuses_to_delete_a_revision() {
        long before = jdbc.queryForObject("select count(*) from revisions", Long.class);
        assertThat(before).isPositive();
        assertThatThrownBy(() -> jdbc.update("delete from revisions"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from revisions", Long.class))
                .isEqualTo(before);
    }

    @Test
    void the_database_refuses_to_truncate_the_revisions() {
        assertThatThrownBy(() -> jdbc.execute("truncate revisions cascade"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }
}
