package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.base.postgres.TestDataFolders.connect;
import static org.copydesk.base.postgres.TestDataFolders.settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KilledServerRestartTest {

    @Test
    void a_postmaster_killed_with_sigkill_is_restarted_within_ten_seconds_with_every_committed_row() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("killed-postmaster");
        // Durable, as the application runs: without synchronous commit the newest commits die with the server.
        try (RunningPostgres server =
                EmbeddedPostgres.start(settings(dataDirectory).withDurable(true))) {
            try (Connection connection = connect(server);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table note (text varchar(40))");
                statement.execute("insert into note values ('committed before the kill')");
            }
            long killed = server.pid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // SIGKILL, as kill -9
            long begin = System.nanoTime();
            String answer = null;
            while (answer == null
                    && System.nanoTime() - begin < Duration.ofSeconds(10).toNanos()) {
                try (Connection connection = connect(server);
                        Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select text from note")) {
                    rows.next();
                    answer = rows.getString(1);
                } catch (SQLException notYet) {
                    Thread.sleep(100);
                }
            }

            assertThat(answer).isEqualTo("committed before the kill");
            assertThat(server.pid()).isNotEqualTo(killed);
            assertThat(server.isRunning()).isTrue();
            assertThat(server.restarts()).isEqualTo(1);
        }
    }

    @Test
    void a_server_stopped_on_purpose_is_not_restarted() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("stopped-on-purpose");
        RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory));
        long pid = server.pid();

        server.stop();
        Thread.sleep(500);

        assertThat(server.isRunning()).isFalse();
        assertThat(server.restarts()).isZero();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }
}
