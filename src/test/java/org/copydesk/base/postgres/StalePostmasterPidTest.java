package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.base.postgres.EmbeddedPostgresTest.queryOne;
import static org.copydesk.base.postgres.TestDataFolders.settings;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StalePostmasterPidTest {

    @Test
    void a_stale_postmaster_pid_naming_a_dead_process_is_removed_and_the_server_starts() throws Exception {
        Path dataDirectory = initialisedCluster("stale-dead-pid");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        writePostmasterPid(dataDirectory, finished.pid());

        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(server, "select 'started'")).isEqualTo("started");
        }
    }

    @Test
    void a_postmaster_pid_whose_pid_now_belongs_to_an_unrelated_process_is_removed_and_the_server_starts()
            throws Exception {
        Path dataDirectory = initialisedCluster("stale-reused-pid");
        writePostmasterPid(dataDirectory, ProcessHandle.current().pid());

        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(server, "select 'started'")).isEqualTo("started");
        }
    }

    @Test
    void a_postgres_left_running_on_the_folder_by_an_earlier_copydesk_is_stopped_and_replaced() throws Exception {
        Path dataDirectory = initialisedCluster("orphan");
        Process orphan = startPostgresWithoutLauncher(dataDirectory);
        try {
            awaitPostmasterPid(dataDirectory, orphan.pid());

            try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory))) {
                assertThat(orphan.isAlive()).isFalse();
                assertThat(server.pid()).isNotEqualTo(orphan.pid());
                assertThat(queryOne(server, "select 'replaced'")).isEqualTo("replaced");
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    /** What a JVM killed without the parent-death signal would leave: a postmaster that nobody owns. */
    private static Process startPostgresWithoutLauncher(Path dataDirectory) throws Exception {
        String postgres = PostgresBinaries.obtain().executable("postgres").toString();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = PostgresAccount.detect(dataDirectory)
                .command(
                        List.of(
                                postgres,
                                "-D",
                                dataDirectory.toString(),
                                "-p",
                                Integer.toString(port),
                                "-c",
                                "listen_addresses=127.0.0.1",
                                "-c",
                                "unix_socket_directories="),
                        "KILL");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolveSibling("orphan.log").toFile())
                .start();
    }

    private static void awaitPostmasterPid(Path dataDirectory, long pid) throws Exception {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(Files.exists(pidFile) && Files.readString(pidFile).startsWith(pid + "\n"))) {
            assertThat(System.nanoTime())
                    .as("postmaster.pid of pid %d appears", pid)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static Path initialisedCluster(String name) throws Exception {
        Path dataDirectory = TestDataFolders.fresh(name);
        EmbeddedPostgres.start(settings(dataDirectory)).close();
        return dataDirectory;
    }

    /** The layout PostgreSQL writes: pid, data folder, start time, port, socket folder, listen address. */
    private static void writePostmasterPid(Path dataDirectory, long pid) throws Exception {
        Files.writeString(
                dataDirectory.resolve("postmaster.pid"),
                pid + "\n" + dataDirectory + "\n1700000000\n5432\n\n127.0.0.1\n  5432001   0\nready   \n");
    }
}
