package org.copydesk.base.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Looks at and signals processes by pid, including ones that are not our children (an orphaned postmaster). */
final class OsProcesses {

    private static final Path PROC = Path.of("/proc");

    private OsProcesses() {}

    /** A zombie counts as gone: it holds nothing, yet kill -0 and ProcessHandle.isAlive() report it alive. */
    static boolean isRunning(long pid) {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException | RuntimeException unreadable) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** The arguments the process was started with; empty when they cannot be read. */
    static Optional<List<String>> commandLine(long pid) {
        Path cmdline = PROC.resolve(Long.toString(pid)).resolve("cmdline");
        if (Files.isDirectory(PROC.resolve("self"))) {
            try {
                String raw = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
                return Optional.of(raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0")));
            } catch (IOException unreadable) {
                return Optional.empty();
            }
        }
        return ProcessHandle.of(pid)
                .map(ProcessHandle::info)
                .flatMap(info -> info.command().map(command -> {
                    List<String> arguments = new ArrayList<>(List.of(command));
                    arguments.addAll(List.of(info.arguments().orElse(new String[0])));
                    return arguments;
                }));
    }

    /** SIGINT is PostgreSQL's fast shutdown; the JDK can only send SIGTERM (smart: waits for clients) or SIGKILL. */
    static void sendInterrupt(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().transferTo(OutputStream.nullOutputStream());
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException noKillCommand) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return !isRunning(pid);
            }
        }
        return true;
    }

    /** Fast shutdown first, SIGKILL only when PostgreSQL does not finish within the grace period. */
    static boolean stop(long pid, Duration grace) {
        sendInterrupt(pid);
        if (awaitExit(pid, grace)) {
            return true;
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return awaitExit(pid, Duration.ofSeconds(5));
    }
}
