package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.base.postgres.TestDataFolders.connect;
import static org.copydesk.base.postgres.TestDataFolders.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    @Test
    void a_first_start_initialises_a_cluster_that_answers_queries_as_postgresql_17() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("first-start");

        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(Files.readString(dataDirectory.resolve("PG_VERSION")).trim())
                    .isEqualTo("17");
            assertThat(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                            .getFirst())
                    .isEqualTo(Long.toString(server.pid()));
            assertThat(server.version()).startsWith("17.");
            assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/copydesk");
            assertThat(queryOne(server, "select version()")).startsWith("PostgreSQL 17.");
            assertThat(queryOne(server, "select current_database() || ' ' || current_user"))
                    .isEqualTo("copydesk copydesk");
        }
    }

    @Test
    void the_server_listens_on_loopback_only_and_keeps_its_output_in_a_log_beside_the_data_folder() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("loopback");

        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(server, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(queryOne(server, "show unix_socket_directories")).isEmpty();
            assertThat(server.logFile()).isEqualTo(dataDirectory.resolveSibling("pg17.log"));
            assertThat(Files.readString(server.logFile())).contains("ready to accept connections");
        }
    }

    @Test
    void data_survives_a_stop_and_a_start() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("restart");
        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            execute(server, "create table note (text varchar(40))");
            execute(server, "insert into note values ('still here')");
        }

        try (RunningPostgres restarted = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(restarted, "select text from note")).isEqualTo("still here");
        }
    }

    @Test
    void a_second_launcher_on_the_same_folder_is_refused_with_a_clear_message() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("second-launcher");

        try (RunningPostgres first = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(settings(dataDirectory)))
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessage("The data folder " + dataDirectory + " is already in use by another Copydesk (pid "
                            + ProcessHandle.current().pid()
                            + "). Stop it first, or set COPYDESK_DATA_DIR to another folder.");
            assertThat(queryOne(first, "select 'unharmed'")).isEqualTo("unharmed");
        }
    }

    @Test
    void reset_on_start_begins_with_an_empty_database() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("reset");
        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            execute(server, "create table leftover (id int)");
        }

        try (RunningPostgres reset =
                EmbeddedPostgres.start(settings(dataDirectory).withResetOnStart(true))) {
            assertThat(queryOne(reset, "select count(*)::text from pg_tables where tablename = 'leftover'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void the_server_outlives_the_thread_that_started_it() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("short-lived-thread");
        RunningPostgres[] started = new RunningPostgres[1];
        Thread starter = new Thread(() -> started[0] = EmbeddedPostgres.start(settings(dataDirectory)));
        starter.start();
        starter.join();

        try (RunningPostgres server = started[0]) {
            Thread.sleep(300);
            assertThat(server.isRunning()).isTrue();
            assertThat(queryOne(server, "select 'alive'")).isEqualTo("alive");
        }
    }

    @Test
    void a_server_that_cannot_start_is_reported_with_the_tail_of_its_log_and_frees_the_folder() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("failing-start");

        assertThatThrownBy(
                        () -> EmbeddedPostgres.start(settings(dataDirectory).withServerOption("no_such_setting", "1")))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("exited during startup")
                .hasMessageContaining("unrecognized configuration parameter \"no_such_setting\"");
        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(server, "select 'free again'")).isEqualTo("free again");
        }
    }

    static String queryOne(RunningPostgres server, String sql) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    static void execute(RunningPostgres server, String sql) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
