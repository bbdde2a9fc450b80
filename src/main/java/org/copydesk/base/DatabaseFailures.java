package org.copydesk.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Tells the two ways a database can fail a request apart from every other failure, wherever they surface: too busy
 * to hand out a connection in time, or not reachable at all.
 */
public final class DatabaseFailures {

    /** Seconds a client is asked to wait before trying again while the database is unreachable. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** Seconds a client is asked to wait before trying again when every connection was busy. */
    public static final String BUSY_RETRY_AFTER_SECONDS = "2";

    public static final String DETAIL = "The database cannot be reached at the moment, so the request was not"
            + " completed. Try again in a few seconds.";

    public static final String BUSY_DETAIL = "Copydesk is busy: every database connection stayed in use for as long"
            + " as the request could wait, so it was not completed. Try again in a moment.";

    /** Why the database could not serve a request: each is a 503 with Retry-After, and neither the client's fault. */
    public enum Outage {
        /** The pool had no free connection within its timeout, while the database answered: overloaded, not down. */
        BUSY("Busy, try again", BUSY_DETAIL, BUSY_RETRY_AFTER_SECONDS),
        /** No connection could be made, or the one in use was lost. */
        UNREACHABLE("Database unavailable", DETAIL, RETRY_AFTER_SECONDS);

        private final String title;
        private final String detail;
        private final String retryAfterSeconds;

        Outage(String title, String detail, String retryAfterSeconds) {
            this.title = title;
            this.detail = detail;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public String title() {
            return title;
        }

        public String detail() {
            return detail;
        }

        public String retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /**
         * Answers the request with this outage's 503: Retry-After, and the problem+json body (RFC 9457) for the
         * request path. For the paths that write the response themselves, before any controller runs (a security
         * filter, the outermost filter); controllers' failures get the same answer from the exception handler.
         */
        public void writeTo(HttpServletResponse response, String instance) throws IOException {
            var escaped = new StringBuilder();
            JsonStringEncoder.getInstance().quoteAsString(instance, escaped);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503,\"detail\":\"" + detail
                            + "\",\"instance\":\"" + escaped + "\",\"retryable\":true}");
        }
    }

    private DatabaseFailures() {}

    /**
     * The outage behind a failure, if it is one. Busy: the pool gave up waiting for a free connection and no attempt
     * to connect had failed since the last success (the pool's timeout then has no cause; when the database is down
     * it carries the failed attempt, such as "connection refused"). Unreachable: a lost or refused connection
     * anywhere in the causes (PostgreSQL's SQLSTATE classes 08, connection exception, and 57P, shut down, crashed,
     * starting up), or a commit or rollback that failed in the driver without any answer from the server (an
     * SQLException without SQLSTATE, such as the pool's "Connection is closed" after the connection died
     * mid-transaction). Nothing was committed either way: the server discards the open transaction of a lost
     * connection.
     */
    public static Optional<Outage> outage(Throwable failure) {
        boolean unreachable = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout && timeout.getCause() == null) {
                return Optional.of(Outage.BUSY); // the innermost cause: what wraps it only reports it
            }
            unreachable = unreachable || marksUnreachable(cause);
        }
        return unreachable ? Optional.of(Outage.UNREACHABLE) : Optional.empty();
    }

    private static boolean marksUnreachable(Throwable cause) {
        if (cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof TransactionException
                && cause.getCause() instanceof SQLException sql
                && sql.getSQLState() == null) {
            return true;
        }
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
