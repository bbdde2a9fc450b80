package org.copydesk.test_support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.copydesk.base.postgres.SharedEmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A connection as the schema owner (what Flyway migrates as), for tests that must show what the database refuses
 * even its owner, as opposed to what the application's own, less-privileged connection may do.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {}

    public static JdbcTemplate jdbc(SharedEmbeddedPostgres.Lease embedded) {
        try {
            var server = embedded.server();
            Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
            return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect as the owner", e);
        }
    }
}
