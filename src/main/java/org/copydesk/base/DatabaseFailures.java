package org.copydesk.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that cannot be reached apart from every other failure, wherever it surfaces. */
public final class DatabaseFailures {

    /** Seconds a client is asked to wait before trying again while the database is unreachable. */
    public static final String RETRY_AFTER_SECONDS = "5";

    public static final String DETAIL = "The database cannot be reached at the moment, so the request was not"
            + " completed. Try again in a few seconds.";

    private DatabaseFailures() {}

    /**
     * A lost or refused connection anywhere in the causes: no connection from the pool, a connection error, or
     * PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (shut down, crashed, starting up).
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
