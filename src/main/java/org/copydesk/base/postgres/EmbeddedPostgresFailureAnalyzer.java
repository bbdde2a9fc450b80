package org.copydesk.base.postgres;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed embedded PostgreSQL start (data folder in use, a folder of another major version, a server that
 * would not start) into Spring Boot's short "APPLICATION FAILED TO START" report instead of a page of stack trace,
 * so the one sentence that says what to do is what a newcomer sees.
 */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresException cause) {
        return new FailureAnalysis(
                "Copydesk could not start its embedded PostgreSQL: " + cause.getMessage(),
                "Fix what the message above says. To use another PostgreSQL instead, set SPRING_DATASOURCE_URL"
                        + " (with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD).",
                cause);
    }
}
