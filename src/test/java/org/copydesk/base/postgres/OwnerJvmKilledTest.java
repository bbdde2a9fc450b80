package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.base.postgres.EmbeddedPostgresTest.queryOne;
import static org.copydesk.base.postgres.TestDataFolders.settings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OwnerJvmKilledTest {

    @Test
    void killing_the_jvm_that_owns_the_server_leaves_no_postgres_running() throws Exception {
        Path dataDirectory = TestDataFolders.fresh("killed-owner");
        Process owner = startOwnerJvm(dataDirectory);
        try {
            long postgresPid = awaitReportedPid(owner, dataDirectory.resolveSibling("owner-jvm.err"));
            assertThat(OsProcesses.isRunning(postgresPid)).isTrue();
            assertThatThrownBy(() -> EmbeddedPostgres.start(settings(dataDirectory)))
                    .hasMessageContaining("is already in use by another Copydesk (pid " + owner.pid() + ")");

            owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            assertThat(OsProcesses.awaitExit(postgresPid, Duration.ofSeconds(5)))
                    .as("postgres pid %d is gone after its JVM was killed", postgresPid)
                    .isTrue();
        } finally {
            owner.destroyForcibly();
        }
        try (RunningPostgres successor = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(successor, "select 'usable again'")).isEqualTo("usable again");
        }
    }

    private static Process startOwnerJvm(Path dataDirectory) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServerOwningMain.class.getName(),
                        dataDirectory.toString())
                .redirectError(dataDirectory.resolveSibling("owner-jvm.err").toFile())
                .start();
    }

    private static long awaitReportedPid(Process owner, Path errors) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Long> pid = CompletableFuture.supplyAsync(() -> reader.lines()
                .filter(line -> line.startsWith("postgres-pid="))
                .map(line -> Long.parseLong(line.substring("postgres-pid=".length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The owner JVM ended without starting a server; see " + errors)));
        return pid.get(60, TimeUnit.SECONDS);
    }
}
