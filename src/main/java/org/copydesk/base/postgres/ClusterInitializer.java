package org.copydesk.base.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the data folder holds a cluster of our major version. initdb writes into a temporary sibling that is
 * renamed into place when it succeeds, so a crash or a kill during initdb never leaves a half-initialised cluster.
 */
final class ClusterInitializer {

    static final String SUPERUSER = "copydesk";

    private final PostgresBinaries binaries;
    private final PostgresAccount account;
    private final PostgresLog serverLog;

    ClusterInitializer(PostgresBinaries binaries, PostgresAccount account, PostgresLog serverLog) {
        this.binaries = binaries;
        this.account = account;
        this.serverLog = serverLog;
    }

    /** Returns whether initdb ran now. */
    boolean ensureInitialised(Path dataDirectory, boolean durable) throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            requireSameMajor(dataDirectory);
            account.takeOwnership(dataDirectory);
            return false;
        }
        if (Files.isDirectory(dataDirectory)) {
            try (var entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new EmbeddedPostgresException("The data folder " + dataDirectory + " is not empty but holds"
                            + " no PostgreSQL cluster (no PG_VERSION). Move it away, or set COPYDESK_DATA_DIR to"
                            + " another folder.");
                }
            }
            Files.delete(dataDirectory);
        }
        Path staging = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb");
        FileTrees.deleteRecursively(staging);
        Files.createDirectory(
                staging, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        account.takeOwnership(staging);
        runInitdb(staging, durable);
        Files.move(staging, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** Trust on loopback only (the server listens nowhere else); the builtin C.UTF-8 locale needs no OS locales. */
    private void runInitdb(Path staging, boolean durable) throws IOException {
        List<String> initdb = new ArrayList<>(List.of(
                binaries.executable("initdb").toString(),
                "--pgdata=" + staging,
                "--username=" + SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C"));
        if (binaries.majorVersion() >= 17) {
            initdb.addAll(List.of("--locale-provider=builtin", "--builtin-locale=C.UTF-8"));
        }
        if (!durable) {
            initdb.add("--no-sync");
        }
        Process process = new ProcessBuilder(account.command(initdb, "KILL"))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(serverLog.file().toFile()))
                .start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            if (process.waitFor() != 0) {
                throw new EmbeddedPostgresException("initdb failed for " + staging + ". " + serverLog.tail());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new EmbeddedPostgresException("Interrupted while initdb was running for " + staging);
        }
    }

    private void requireSameMajor(Path dataDirectory) throws IOException {
        String clusterMajor =
                Files.readString(dataDirectory.resolve("PG_VERSION")).trim();
        if (!clusterMajor.equals(Integer.toString(binaries.majorVersion()))) {
            throw new EmbeddedPostgresException("The data folder " + dataDirectory + " holds a PostgreSQL "
                    + clusterMajor + " cluster, but the embedded server is PostgreSQL " + binaries.version()
                    + ". Keep one folder per major version (.data/pg" + binaries.majorVersion()
                    + "), or set COPYDESK_DATA_DIR to another folder.");
        }
    }
}
