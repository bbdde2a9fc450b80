package org.copydesk.article.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a Word file's ZIP container before a parser inflates it, counting the bytes it really expands to
 * (not what its headers claim), so a small upload that would inflate to gigabytes is refused after a bounded read.
 */
final class ZipBombGuard {

    static final int MAX_ENTRIES = 1_000;
    /** Text compresses well, but not this well; a run of zeros does. */
    static final int MAX_RATIO = 200;
    /** Below this a part may have any ratio: tiny parts of repeated markup compress extremely. */
    static final int RATIO_FREE_BYTES = 1 << 20;

    private final long maxExpandedBytes;

    ZipBombGuard(long maxExpandedBytes) {
        this.maxExpandedBytes = maxExpandedBytes;
    }

    Optional<ReadResult.Rejected> problemWith(byte[] zip) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return rejected("The Word file holds more than " + Wording.count(MAX_ENTRIES)
                            + " parts; an article has a few dozen at most.");
                }
                long entryBytes = 0;
                for (int n = read(in, buffer); n > 0; n = read(in, buffer)) {
                    entryBytes += n;
                    total += n;
                    if (total > maxExpandedBytes) {
                        return rejected("The Word file expands to more than " + Wording.size(maxExpandedBytes)
                                + " when unpacked, far more than any article; it was not opened.");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (entryBytes > RATIO_FREE_BYTES && compressed > 0 && entryBytes / compressed > MAX_RATIO) {
                    return rejected("A part of the Word file (" + entry.getName() + ") expands "
                            + entryBytes / compressed + " times over; that is a zip bomb, not an article.");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(new ReadResult.Rejected(
                    ImportProblem.UNREADABLE, "The Word file is damaged: its ZIP container cannot be read."));
        }
        if (entries == 0) {
            return Optional.of(new ReadResult.Rejected(
                    ImportProblem.UNREADABLE, "The file is not a Word document: it holds no parts."));
        }
        return Optional.empty();
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    private static Optional<ReadResult.Rejected> rejected(String message) {
        return Optional.of(new ReadResult.Rejected(ImportProblem.EXPANDS_TOO_MUCH, message));
    }
}
