package org.copydesk.base.postgres;

import java.nio.file.Path;

/** Runs in a child JVM for {@link OwnerJvmKilledTest}: starts a server, reports it, and waits to be killed. */
public final class ServerOwningMain {

    private ServerOwningMain() {}

    public static void main(String[] args) throws InterruptedException {
        RunningPostgres server = EmbeddedPostgres.start(TestDataFolders.settings(Path.of(args[0])));
        System.out.println("postgres-pid=" + server.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
