package org.copydesk.base.postgres;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started embedded server. Closing it stops PostgreSQL (fast shutdown) and then frees the data folder. */
public final class RunningPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningPostgres.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final PostgresServerProcess process;
    private final DataDirectoryLock lock;
    private final int port;
    private final Path dataDirectory;
    private final Path logFile;
    private final String version;
    private boolean stopped;

    RunningPostgres(
            PostgresServerProcess process,
            DataDirectoryLock lock,
            int port,
            EmbeddedPostgresSettings settings,
            String version) {
        this.process = process;
        this.lock = lock;
        this.port = port;
        this.dataDirectory = settings.dataDirectory();
        this.logFile = settings.logFile();
        this.version = version;
    }

    /** The application database, {@code copydesk}, on 127.0.0.1. */
    public String jdbcUrl() {
        return jdbcUrl(ServerReadiness.DATABASE);
    }

    public String jdbcUrl(String database) {
        return ServerReadiness.jdbcUrl(port, database);
    }

    /** The superuser initdb created, which owns the schema (Flyway migrates as it); trusted on loopback. */
    public String username() {
        return ClusterInitializer.SUPERUSER;
    }

    /** The less-privileged role the application connects as; trusted on loopback, so there is no password. */
    public String applicationUsername() {
        return ServerReadiness.APPLICATION_ROLE;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /** As PostgreSQL reports it, e.g. {@code 17.11}. */
    public String version() {
        return version;
    }

    /** The postmaster's process id. */
    public long pid() {
        return process.pid();
    }

    /** How often the server was restarted after it exited unexpectedly (killed, crashed). */
    public int restarts() {
        return process.restarts();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Idempotent. The lock is released only once PostgreSQL is gone, so no successor can start beside it. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        long begin = System.nanoTime();
        try {
            process.stop(SHUTDOWN_GRACE);
        } finally {
            lock.close();
        }
        log.info("Embedded PostgreSQL on 127.0.0.1:{} stopped in {} ms", port, (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public void close() {
        stop();
    }
}
