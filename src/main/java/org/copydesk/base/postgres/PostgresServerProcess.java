package org.copydesk.base.postgres;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The postmaster as our own child process (pg_ctl would daemonise it and outlive a killed JVM). It is forked from a
 * dedicated thread that lives exactly as long as the server: PR_SET_PDEATHSIG fires when the forking *thread* ends,
 * so forking from a request or pool thread would stop PostgreSQL whenever that thread happened to retire.
 */
final class PostgresServerProcess {

    private static final Logger log = LoggerFactory.getLogger(PostgresServerProcess.class);

    private final Process process;
    private final PostgresLog serverLog;
    private volatile boolean expectedToRun;

    private PostgresServerProcess(Process process, PostgresLog serverLog) {
        this.process = process;
        this.serverLog = serverLog;
    }

    static PostgresServerProcess launch(List<String> command, PostgresLog serverLog, String name) throws IOException {
        CompletableFuture<PostgresServerProcess> started = new CompletableFuture<>();
        Thread owner = Thread.ofPlatform().name(name).daemon(true).unstarted(() -> {
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(
                                serverLog.file().toFile()))
                        .start();
                process.getOutputStream().close();
            } catch (IOException | RuntimeException failure) {
                started.completeExceptionally(failure);
                return;
            }
            PostgresServerProcess server = new PostgresServerProcess(process, serverLog);
            started.complete(server);
            server.superviseUntilExit();
        });
        owner.start();
        try {
            return started.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException failure) {
            throw new IOException(
                    "Could not start " + command.getFirst() + ": "
                            + failure.getCause().getMessage(),
                    failure.getCause());
        } catch (InterruptedException | TimeoutException notStarted) {
            throw new IOException("PostgreSQL did not start", notStarted);
        }
    }

    private void superviseUntilExit() {
        while (true) {
            try {
                int exitCode = process.waitFor();
                if (expectedToRun) {
                    log.warn(
                            "Embedded PostgreSQL (pid {}) exited unexpectedly with code {}. {}",
                            process.pid(),
                            exitCode,
                            serverLog.tail());
                }
                return;
            } catch (InterruptedException ignored) {
                // This thread must not end before the server does; nothing but the server's exit ends it.
            }
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** From now on an exit is worth a warning. */
    void markReady() {
        expectedToRun = true;
    }

    /** Fast shutdown (SIGINT rolls back open transactions and checkpoints); SIGKILL only if that hangs. */
    void stop(Duration grace) {
        expectedToRun = false;
        if (!process.isAlive()) {
            return;
        }
        OsProcesses.sendInterrupt(process.pid());
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "Embedded PostgreSQL (pid {}) ignored a fast shutdown for {} s; killing it",
                        process.pid(),
                        grace.toSeconds());
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
