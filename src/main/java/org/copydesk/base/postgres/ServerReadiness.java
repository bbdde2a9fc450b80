package org.copydesk.base.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Waits until PostgreSQL accepts JDBC connections, then makes sure the application database exists. A JDBC login
 * proves more than the log's "ready" line: the port answers, the trusted login works, and the server answering is
 * the one on our data folder, not a stranger that took the port first.
 */
final class ServerReadiness {

    static final String DATABASE = "copydesk";

    /**
     * The role the application connects as: it owns nothing, so it cannot alter tables or disable triggers; the
     * migrations grant it what it may do. Trusted on loopback like the superuser, so it has no password.
     */
    static final String APPLICATION_ROLE = "copydesk_app";

    private ServerReadiness() {}

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Returns the server's version, as PostgreSQL reports it. */
    static String awaitReady(
            PostgresServerProcess server, int port, Path dataDirectory, Duration timeout, PostgresLog serverLog) {
        String url = jdbcUrl(port, "postgres");
        requireDriver(url);
        long deadline = System.nanoTime() + timeout.toNanos();
        @Nullable SQLException lastFailure = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new EmbeddedPostgresException("Embedded PostgreSQL exited during startup. " + serverLog.tail());
            }
            try (Connection connection = DriverManager.getConnection(url, loginProperties())) {
                requireOurs(connection, port, dataDirectory);
                ensureApplicationDatabase(connection);
                ensureApplicationRole(connection);
                return connection.getMetaData().getDatabaseProductVersion();
            } catch (SQLException notYet) {
                lastFailure = notYet;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new EmbeddedPostgresException("Embedded PostgreSQL did not accept connections on 127.0.0.1:" + port
                + " within " + timeout.toSeconds() + " s (last error: "
                + (lastFailure == null ? "none" : lastFailure.getMessage()) + "). " + serverLog.tail());
    }

    private static void requireDriver(String url) {
        try {
            DriverManager.getDriver(url);
        } catch (SQLException noDriver) {
            throw new EmbeddedPostgresException(
                    "The PostgreSQL JDBC driver (org.postgresql:postgresql) is not on the classpath.", noDriver);
        }
    }

    private static Properties loginProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", ClusterInitializer.SUPERUSER);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("ApplicationName", "copydesk-launcher");
        return properties;
    }

    private static void requireOurs(Connection connection, int port, Path dataDirectory) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select current_setting('data_directory')")) {
            row.next();
            if (!Path.of(row.getString(1)).equals(dataDirectory)) {
                throw new EmbeddedPostgresException(
                        "Port " + port + " is answered by another PostgreSQL (data in " + row.getString(1) + ").");
            }
        }
    }

    private static void ensureApplicationRole(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, APPLICATION_ROLE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("create role " + APPLICATION_ROLE + " login nosuperuser nocreatedb nocreaterole");
        }
    }

    private static void ensureApplicationDatabase(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("create database " + DATABASE);
        }
    }
}
