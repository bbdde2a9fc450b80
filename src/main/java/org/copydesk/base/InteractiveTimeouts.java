package org.copydesk.base;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bounds how long an interactive write (a save someone is waiting for) may wait for a row lock and run. Applies to
 * the current transaction only ({@code set_config(..., true)} is {@code SET LOCAL}). When a limit fires, PostgreSQL
 * cancels the statement; the web layer answers 503 with {@code Retry-After}, and nothing was written.
 */
@Component
public class InteractiveTimeouts {

    private final JdbcTemplate jdbc;
    private final String lockTimeout;
    private final String statementTimeout;

    InteractiveTimeouts(
            JdbcTemplate jdbc,
            @Value("${copydesk.save.lock-timeout:3s}") Duration lockTimeout,
            @Value("${copydesk.save.statement-timeout:10s}") Duration statementTimeout) {
        this.jdbc = jdbc;
        this.lockTimeout = lockTimeout.toMillis() + "ms";
        this.statementTimeout = statementTimeout.toMillis() + "ms";
    }

    /** Call inside the transaction, before taking locks. */
    public void applyToCurrentTransaction() {
        jdbc.queryForList(
                "select set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)",
                lockTimeout,
                statementTimeout);
    }
}
