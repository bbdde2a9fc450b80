package org.copydesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Api.bearer;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.copydesk.base.DatabaseFailures;
import org.copydesk.base.DatabaseFailures.Outage;
import org.copydesk.base.postgres.SharedEmbeddedPostgres;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A pool with no free connection while PostgreSQL answers is "busy, try again", not "database unavailable": both are
 * a 503 problem+json with Retry-After and no internals, but a client (and whoever reads the log) learns which.
 */
@CopydeskContext
class DatabaseOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    SharedEmbeddedPostgres.Lease embedded;

    @Test
    void a_pool_timeout_while_the_database_answers_is_busy() throws Exception {
        try (var pool = pool(embedded.server().jdbcUrl());
                Connection held = pool.getConnection()) {
            Throwable timeout = catchThrowable(pool::getConnection);

            assertThat(held.isValid(1)).as("the database answers").isTrue();
            assertThat(DatabaseFailures.outage(timeout)).contains(Outage.BUSY);
        }
    }

    @Test
    void a_pool_timeout_while_the_database_refuses_connections_is_unreachable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/copydesk")) {
            Throwable timeout = catchThrowable(pool::getConnection);

            assertThat(DatabaseFailures.outage(timeout)).contains(Outage.UNREACHABLE);
        }
    }

    @Test
    void an_api_request_that_finds_every_connection_busy_answers_503_busy_with_retry_after() throws Exception {
        var api = new Api(port);
        String token = api.post(
                        "/api/v1/tokens",
                        basic("editor"),
                        "application/json",
                        "{\"name\":\"busy pool\"}".getBytes(StandardCharsets.UTF_8))
                .json()
                .get("token")
                .asString();
        List<Connection> held = new ArrayList<>();
        Api.Response byToken;
        Api.Response byPassword;
        try {
            holdEveryConnection(held);
            byToken = api.get("/api/v1/articles?size=5", bearer(token));
            byPassword = api.get("/api/v1/articles?size=5", basic("editor"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }

        for (var busy : List.of(byToken, byPassword)) {
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(busy.json().get("title").asString()).isEqualTo("Busy, try again");
            assertThat(busy.json().get("retryable").asBoolean()).isTrue();
            assertThat(busy.body()).doesNotContain("Exception", "org.", "Hikari", "JDBC", "\tat ", "unavailable");
        }
        assertThat(api.get("/api/v1/articles?size=5", bearer(token)).status()).isEqualTo(200);
    }

    /** Takes connections from the application's pool until it has none left (background work may hold some). */
    private void holdEveryConnection(List<Connection> held) throws SQLException {
        int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        while (held.size() < size) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException none) {
                return;
            }
        }
    }

    private HikariDataSource pool(String url) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(embedded.server().username());
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(250);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
