package org.copydesk.article.reader;

import java.util.Locale;

/** Numbers and places in rejection messages, written the way the uploader reads them. */
final class Wording {

    private static final double KIB = 1024;
    private static final double MIB = 1024 * 1024;

    private Wording() {}

    /** {@code 52,428,800}: grouping makes big counts readable at a glance. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 52,428,800 bytes (50.0 MiB)}; the exact count for support, the rounded one for people. */
    static String size(long bytes) {
        if (bytes < KIB) {
            return count(bytes) + (bytes == 1 ? " byte" : " bytes");
        }
        String rounded = bytes < MIB
                ? String.format(Locale.ROOT, "%.1f KiB", bytes / KIB)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
        return count(bytes) + " bytes (" + rounded + ")";
    }

    /** {@code 0xE9}. */
    static String hex(byte b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }

    /** {@code offset 3 (line 1)}: the line lets the uploader find the spot in an editor. */
    static String position(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            boolean lineFeed = bytes[i] == '\n';
            boolean loneCarriageReturn = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (lineFeed || loneCarriageReturn) {
                line++;
            }
        }
        return "offset " + count(offset) + " (line " + count(line) + ")";
    }
}
