package org.copydesk.base.postgres;

/** The embedded PostgreSQL could not be started or stopped; the message says what to do about it. */
public class EmbeddedPostgresException extends RuntimeException {

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
