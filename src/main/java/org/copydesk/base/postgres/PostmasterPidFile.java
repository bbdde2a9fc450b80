package org.copydesk.base.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a postmaster.pid left behind by a crash. PostgreSQL would refuse to start when the pid was reused by an
 * unrelated process (a container restart), and inside a user namespace it cannot even tell a live pid from a dead one.
 * Runs only while we hold the data folder lock, so no live Copydesk owns the file.
 */
final class PostmasterPidFile {

    private static final Logger log = LoggerFactory.getLogger(PostmasterPidFile.class);
    private static final Duration ORPHAN_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Path dataDirectory;
    private final Path file;

    PostmasterPidFile(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.file = dataDirectory.resolve("postmaster.pid");
    }

    void clearIfStale() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file);
        String firstLine = lines.isEmpty() ? "" : lines.getFirst().trim();
        if (!firstLine.matches("\\d{1,10}")) {
            remove("it names no process");
            return;
        }
        long pid = Long.parseLong(firstLine);
        if (!OsProcesses.isRunning(pid)) {
            remove("pid " + pid + " no longer runs");
            return;
        }
        Optional<List<String>> commandLine = OsProcesses.commandLine(pid);
        if (commandLine.isEmpty()) {
            throw new EmbeddedPostgresException("The data folder " + dataDirectory + " has a postmaster.pid naming pid "
                    + pid + ", which is running but cannot be inspected. If it is not a PostgreSQL on this folder,"
                    + " delete " + file + "; otherwise stop that process first.");
        }
        if (isPostgresOn(commandLine.get())) {
            log.warn("Stopping PostgreSQL pid {}, left running on {} by an earlier Copydesk", pid, dataDirectory);
            if (!OsProcesses.stop(pid, ORPHAN_SHUTDOWN_GRACE)) {
                throw new EmbeddedPostgresException("Could not stop the orphaned PostgreSQL (pid " + pid + ") on "
                        + dataDirectory + ". Stop it by hand, then start again.");
            }
            Files.deleteIfExists(file);
            return;
        }
        String program = commandLine.get().isEmpty()
                ? "a kernel thread"
                : commandLine.get().getFirst();
        remove("pid " + pid + " now belongs to an unrelated process (" + program + ")");
    }

    private boolean isPostgresOn(List<String> commandLine) {
        if (commandLine.isEmpty()
                || !commandLine.getFirst().equals("postgres")
                        && !commandLine.getFirst().endsWith("/postgres")) {
            return false;
        }
        int dataOption = commandLine.indexOf("-D");
        return dataOption >= 0
                && dataOption + 1 < commandLine.size()
                && Path.of(commandLine.get(dataOption + 1))
                        .toAbsolutePath()
                        .normalize()
                        .equals(dataDirectory);
    }

    private void remove(String reason) throws IOException {
        log.info("Removing a stale {}: {}", file, reason);
        Files.deleteIfExists(file);
    }
}
