package org.copydesk.test_support;

import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.editing.ParagraphRevised;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kills the database connection in the middle of a save of one chosen paragraph (after the revision was written,
 * before the commit), so that the rollback fails too: what a connection dying mid-save looks like to the server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSaveSabotage {

    @Bean
    ConnectionKiller saveConnectionKiller(JdbcTemplate jdbc) {
        return new ConnectionKiller(jdbc);
    }

    public static class ConnectionKiller {

        private static final AtomicLong ARMED_FOR = new AtomicLong();

        private final JdbcTemplate jdbc;

        ConnectionKiller(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** The next save of this paragraph loses its connection mid-transaction. */
        public static void killNextSaveOf(long paragraphId) {
            ARMED_FOR.set(paragraphId);
        }

        @EventListener
        void on(ParagraphRevised event) {
            if (ARMED_FOR.compareAndSet(event.paragraphId(), 0)) {
                // Runs on the save's own connection (the transaction's), which the server then closes under it.
                jdbc.queryForList("select pg_terminate_backend(pg_backend_pid())");
            }
        }
    }
}
