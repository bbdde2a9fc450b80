package org.copydesk.base.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Fresh data folders under target/, one per test, and a way to talk to a server without a pool. */
final class TestDataFolders {

    private TestDataFolders() {}

    /** {@code target/pg-tests/<name>/pg17}, with the whole {@code <name>} folder (lock file, log) emptied first. */
    static Path fresh(String name) throws IOException {
        Path folder = Path.of("target", "pg-tests", name).toAbsolutePath();
        FileTrees.deleteRecursively(folder);
        Files.createDirectories(folder);
        return folder.resolve("pg17");
    }

    /** Fast settings for tests: no fsync, a free port. */
    static EmbeddedPostgresSettings settings(Path dataDirectory) {
        return EmbeddedPostgresSettings.inDataDirectory(dataDirectory).withDurable(false);
    }

    static Connection connect(RunningPostgres server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
    }
}
