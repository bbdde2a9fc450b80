package org.copydesk.base.postgres;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to run the embedded server.
 *
 * @param dataDirectory the cluster's folder; its lock file ({@code <name>.lock}) and log ({@code <name>.log}) live
 *     beside it. Made absolute against the working directory.
 * @param port the TCP port on 127.0.0.1, or 0 for a free one chosen at each start
 * @param resetOnStart delete the data folder before starting (tests want a clean database)
 * @param durable keep fsync and full page writes on; off trades crash safety for speed (tests)
 * @param serverOptions further {@code -c name=value} server settings, e.g. {@code work_mem=64MB}
 * @param startupTimeout how long to wait for the first successful login
 */
public record EmbeddedPostgresSettings(
        Path dataDirectory,
        int port,
        boolean resetOnStart,
        boolean durable,
        Map<String, String> serverOptions,
        Duration startupTimeout) {

    public EmbeddedPostgresSettings {
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        serverOptions = Map.copyOf(serverOptions);
    }

    /** Durable, on a free port, no reset, 60 s to start. */
    public static EmbeddedPostgresSettings inDataDirectory(Path dataDirectory) {
        return new EmbeddedPostgresSettings(dataDirectory, 0, false, true, Map.of(), Duration.ofSeconds(60));
    }

    public EmbeddedPostgresSettings withPort(int port) {
        return new EmbeddedPostgresSettings(dataDirectory, port, resetOnStart, durable, serverOptions, startupTimeout);
    }

    public EmbeddedPostgresSettings withResetOnStart(boolean reset) {
        return new EmbeddedPostgresSettings(dataDirectory, port, reset, durable, serverOptions, startupTimeout);
    }

    public EmbeddedPostgresSettings withDurable(boolean durable) {
        return new EmbeddedPostgresSettings(dataDirectory, port, resetOnStart, durable, serverOptions, startupTimeout);
    }

    public EmbeddedPostgresSettings withServerOption(String name, String value) {
        Map<String, String> options = new LinkedHashMap<>(serverOptions);
        options.put(name, value);
        return new EmbeddedPostgresSettings(dataDirectory, port, resetOnStart, durable, options, startupTimeout);
    }

    public EmbeddedPostgresSettings withStartupTimeout(Duration timeout) {
        return new EmbeddedPostgresSettings(dataDirectory, port, resetOnStart, durable, serverOptions, timeout);
    }

    /** PostgreSQL's output, beside the data folder so that deleting the folder keeps the reason why. */
    public Path logFile() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }
}
