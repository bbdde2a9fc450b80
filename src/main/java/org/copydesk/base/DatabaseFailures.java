package org.copydesk.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
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
     * PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (shut down, crashed, starting up); or a commit
     * or rollback that failed in the driver without any answer from the server (an SQLException without SQLSTATE,
     * such as the pool's "Connection is closed" after the connection died mid-transaction). Nothing was committed
     * then: the server discards the open transaction of a lost connection.
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
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
