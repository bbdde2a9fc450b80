package org.copydesk.base.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Facts about the account this JVM runs as, which decide how PostgreSQL can be started. */
final class ProcessOwner {

    private ProcessOwner() {}

    /** Read from /proc/self/status or {@code id -u}: Files.getAttribute on /proc/self says 0 for everyone. */
    static int effectiveUid() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.split("\\s+")[2]);
                }
            }
        }
        Process id = new ProcessBuilder("id", "-u").start();
        return Integer.parseInt(new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim());
    }

    /** Probed once per JVM: a probe costs a process start. */
    static boolean userNamespacesWork() {
        return UserNamespaceProbe.WORKS;
    }

    private static final class UserNamespaceProbe {
        static final boolean WORKS = probe();

        private static boolean probe() {
            try {
                Process unshare = new ProcessBuilder("unshare", "-U", "true")
                        .redirectErrorStream(true)
                        .start();
                unshare.getInputStream().transferTo(OutputStream.nullOutputStream());
                return unshare.waitFor(10, TimeUnit.SECONDS) && unshare.exitValue() == 0;
            } catch (IOException unavailable) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
