package org.copydesk.base.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a private PostgreSQL on a data folder: locks the folder, clears a crash's leftovers, unpacks the binaries
 * and runs initdb when needed, then starts {@code postgres} on 127.0.0.1 and waits until it accepts logins.
 */
public final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final int FREE_PORT_ATTEMPTS = 3;

    private EmbeddedPostgres() {}

    public static RunningPostgres start(EmbeddedPostgresSettings settings) {
        try {
            return start(settings, PostgresAccount.detect(settings.dataDirectory()));
        } catch (IOException failure) {
            throw new EmbeddedPostgresException(
                    "Could not start the embedded PostgreSQL on " + settings.dataDirectory() + ": " + failure, failure);
        }
    }

    static RunningPostgres start(EmbeddedPostgresSettings settings, PostgresAccount account) {
        long begin = System.nanoTime();
        Path dataDirectory = settings.dataDirectory();
        DataDirectoryLock lock;
        try {
            lock = DataDirectoryLock.acquire(dataDirectory);
        } catch (IOException failure) {
            throw new EmbeddedPostgresException("Could not lock the data folder " + dataDirectory + ": " + failure);
        }
        try {
            new PostmasterPidFile(dataDirectory).clearIfStale();
            if (settings.resetOnStart()) {
                FileTrees.deleteRecursively(dataDirectory);
            }
            PostgresLog serverLog = new PostgresLog(settings.logFile());
            serverLog.startNew();
            PostgresBinaries binaries = PostgresBinaries.obtain();
            boolean initialised = new ClusterInitializer(binaries, account, serverLog)
                    .ensureInitialised(dataDirectory, settings.durable());
            long prepared = System.nanoTime();
            RunningPostgres server = launch(settings, account, binaries, serverLog, lock);
            log.info(
                    "Embedded PostgreSQL {} started in {} on 127.0.0.1:{}, data in {}{}",
                    server.version(),
                    seconds(System.nanoTime() - begin),
                    server.port(),
                    dataDirectory,
                    preparation(binaries.unpackedNow(), initialised, prepared - begin));
            return server;
        } catch (IOException failure) {
            lock.close();
            throw new EmbeddedPostgresException(
                    "Could not start the embedded PostgreSQL on " + dataDirectory + ": " + failure, failure);
        } catch (RuntimeException | Error failure) {
            lock.close();
            throw failure;
        }
    }

    /** A free port can be taken by someone else before postgres binds it; then another is tried. */
    private static RunningPostgres launch(
            EmbeddedPostgresSettings settings,
            PostgresAccount account,
            PostgresBinaries binaries,
            PostgresLog serverLog,
            DataDirectoryLock lock)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port = settings.port() != 0 ? settings.port() : freeLoopbackPort();
            long logOffset = serverLog.size();
            List<String> command = account.command(serverCommand(settings, binaries, port), "INT");
            PostgresServerProcess process =
                    PostgresServerProcess.launch(command, serverLog, "copydesk-postgres-" + port);
            try {
                String version = ServerReadiness.awaitReady(
                        process, port, settings.dataDirectory(), settings.startupTimeout(), serverLog);
                process.markReady();
                return new RunningPostgres(process, lock, port, settings, version);
            } catch (RuntimeException failure) {
                process.stop(Duration.ofSeconds(5));
                boolean portTaken = serverLog.textSince(logOffset).contains("could not bind");
                if (settings.port() != 0 || !portTaken || attempt == FREE_PORT_ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    private static List<String> serverCommand(EmbeddedPostgresSettings settings, PostgresBinaries binaries, int port) {
        List<String> command = new ArrayList<>(List.of(
                binaries.executable("postgres").toString(),
                "-D",
                settings.dataDirectory().toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories="));
        if (!settings.durable()) {
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        settings.serverOptions().forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        return command;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String preparation(boolean unpacked, boolean initialised, long nanos) {
        if (!unpacked && !initialised) {
            return "";
        }
        String work = unpacked && initialised ? "unpacked + initdb" : unpacked ? "unpacked" : "initdb";
        return " (first start: " + work + " in " + seconds(nanos) + ")";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
