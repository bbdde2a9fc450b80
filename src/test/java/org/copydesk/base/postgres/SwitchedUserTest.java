package org.copydesk.base.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.copydesk.base.postgres.EmbeddedPostgresTest.queryOne;
import static org.copydesk.base.postgres.TestDataFolders.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The way for root where user namespaces are blocked (Docker's default seccomp profile), forced here. */
class SwitchedUserTest {

    @Test
    void as_root_without_user_namespaces_the_server_runs_as_nobody_and_owns_its_folder() throws Exception {
        assumeThat(ProcessOwner.effectiveUid())
                .as("only root switches accounts")
                .isZero();
        Path dataDirectory = TestDataFolders.fresh("switched-user");
        var nobody =
                new PostgresAccount(PostgresAccount.Kind.SWITCHED_USER, PostgresAccount.NOBODY, PostgresAccount.NOBODY);

        try (RunningPostgres server = EmbeddedPostgres.start(settings(dataDirectory), nobody)) {
            assertThat(queryOne(server, "select 'running'")).isEqualTo("running");
            assertThat(uidLine(server.pid())).startsWith("Uid:\t65534\t65534");
            assertThat(FileTrees.ownerUid(dataDirectory)).isEqualTo(PostgresAccount.NOBODY);
        }
        try (RunningPostgres backInNamespace = EmbeddedPostgres.start(settings(dataDirectory))) {
            assertThat(queryOne(backInNamespace, "select 'folder taken back'")).isEqualTo("folder taken back");
        }
    }

    private static String uidLine(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("Uid:"))
                .findFirst()
                .orElseThrow();
    }
}
