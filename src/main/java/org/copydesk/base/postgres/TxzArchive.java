package org.copydesk.base.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Unpacks a .txz (tar + xz) archive, keeping symbolic links and the executable bit. */
final class TxzArchive {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private TxzArchive() {}

    /** Everything is made readable by all: an unprivileged account may have to run these binaries. */
    static void unpack(URL archive, Path target) throws IOException {
        try (InputStream raw = new BufferedInputStream(archive.openStream(), 1 << 16);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (!entry.isDirectory()) {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, (entry.getMode() & 0111) != 0 ? EXECUTABLE : READABLE);
                }
            }
        }
        try (var paths = Files.walk(target)) {
            for (Path directory : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(directory, EXECUTABLE);
            }
        }
    }
}
