package org.copydesk.base.postgres;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One server per data folder and JVM, shared by reference count. Spring's test context cache keeps several
 * application contexts alive at once; each would otherwise start its own server on the same folder and be refused.
 * The server stops when the last lease is closed. Settings of later leases are ignored while the server runs.
 */
public final class SharedEmbeddedPostgres {

    private static final Map<Path, Shared> SERVERS = new HashMap<>();

    private SharedEmbeddedPostgres() {}

    public static synchronized Lease acquire(EmbeddedPostgresSettings settings) {
        @Nullable Shared shared = SERVERS.get(settings.dataDirectory());
        if (shared == null || !shared.server.isRunning()) {
            if (shared != null) {
                shared.server.stop();
            }
            shared = new Shared(EmbeddedPostgres.start(settings));
            SERVERS.put(settings.dataDirectory(), shared);
        }
        shared.leases++;
        return new Lease(shared.server);
    }

    private static synchronized void release(RunningPostgres server) {
        @Nullable Shared shared = SERVERS.get(server.dataDirectory());
        if (shared == null || shared.server != server) {
            return;
        }
        if (--shared.leases == 0) {
            SERVERS.remove(server.dataDirectory());
            server.stop();
        }
    }

    private static final class Shared {
        final RunningPostgres server;
        int leases;

        Shared(RunningPostgres server) {
            this.server = server;
        }
    }

    /** One user's share of the server; closing it twice counts once. */
    public static final class Lease implements AutoCloseable {

        private final RunningPostgres server;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Lease(RunningPostgres server) {
            this.server = server;
        }

        public RunningPostgres server() {
            return server;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                release(server);
            }
        }
    }
}
