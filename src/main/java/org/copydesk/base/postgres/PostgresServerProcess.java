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
 *
 * <p>Supervised: once the server was ready, an exit nobody asked for (killed, crashed, out of memory) is followed by
 * a restart of the same command on the same port and data folder, from the same thread, retried with a short
 * back-off while the old server's backends are still leaving. PostgreSQL replays its WAL on the way up, so every
 * committed transaction is there again; the connection pool replaces its broken connections by itself.
 */
final class PostgresServerProcess {

    private static final Logger log = LoggerFactory.getLogger(PostgresServerProcess.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);

    private final List<String> command;
    private final PostgresLog serverLog;
    private final Object lifecycle = new Object();
    private volatile Process process;
    private volatile boolean expectedToRun;
    private volatile int restarts;

    private PostgresServerProcess(List<String> command, Process process, PostgresLog serverLog) {
        this.command = List.copyOf(command);
        this.process = process;
        this.serverLog = serverLog;
    }

    static PostgresServerProcess launch(List<String> command, PostgresLog serverLog, String name) throws IOException {
        CompletableFuture<PostgresServerProcess> started = new CompletableFuture<>();
        Thread owner = Thread.ofPlatform().name(name).daemon(true).unstarted(() -> {
            Process process;
            try {
                process = fork(command, serverLog);
            } catch (IOException | RuntimeException failure) {
                started.completeExceptionally(failure);
                return;
            }
            PostgresServerProcess server = new PostgresServerProcess(command, process, serverLog);
            started.complete(server);
            server.superviseUntilStopped();
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

    private static Process fork(List<String> command, PostgresLog serverLog) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(serverLog.file().toFile()))
                .start();
        process.getOutputStream().close();
        return process;
    }

    /** Runs on the owner thread: waits for the server's exit and restarts it while it is expected to run. */
    private void superviseUntilStopped() {
        Duration retry = FIRST_RETRY;
        while (true) {
            Process current = process;
            long startedAt = System.nanoTime();
            int exitCode = waitUninterruptibly(current);
            boolean ranAWhile = System.nanoTime() - startedAt > TimeUnit.SECONDS.toNanos(10);
            synchronized (lifecycle) {
                if (!expectedToRun) {
                    return;
                }
                if (ranAWhile || retry.equals(FIRST_RETRY)) {
                    log.warn(
                            "Embedded PostgreSQL (pid {}) exited unexpectedly with code {}; restarting it. {}",
                            current.pid(),
                            exitCode,
                            serverLog.tail());
                }
            }
            // A server that ran a while starts the back-off afresh; one refused at once (old backends still
            // holding shared memory) waits a little longer each time.
            retry = ranAWhile ? FIRST_RETRY : min(retry.multipliedBy(2), LONGEST_RETRY);
            sleepUninterruptibly(retry);
            synchronized (lifecycle) {
                if (!expectedToRun) {
                    return;
                }
                try {
                    process = fork(command, serverLog);
                    restarts++;
                    log.info("Embedded PostgreSQL restarted as pid {} (restart {})", process.pid(), restarts);
                } catch (IOException | RuntimeException failure) {
                    log.warn("Embedded PostgreSQL could not be restarted, trying again: {}", failure.toString());
                }
            }
        }
    }

    private static int waitUninterruptibly(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException ignored) {
                // This thread must not end before the server does; nothing but the server's exit ends it.
            }
        }
    }

    private static void sleepUninterruptibly(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = until - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException ignored) {
                // as above
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How often the server was restarted after an unexpected exit. */
    int restarts() {
        return restarts;
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
        Process process;
        synchronized (lifecycle) {
            expectedToRun = false;
            process = this.process;
        }
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
