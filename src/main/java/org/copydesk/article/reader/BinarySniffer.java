package org.copydesk.article.reader;

import static org.copydesk.article.reader.ImportProblem.BINARY;
import static org.copydesk.article.reader.ImportProblem.NOT_UTF8;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises files that are not UTF-8 text before decoding them, so that the uploader of a PNG or a UTF-16 file
 * hears what the file is rather than which byte broke the UTF-8 decoder.
 */
final class BinarySniffer {

    private record Signature(String description, byte[] magic) {}

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("a PNG image", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
            new Signature("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
            new Signature("a GIF image", bytes('G', 'I', 'F', '8')),
            new Signature("a PDF document", bytes('%', 'P', 'D', 'F', '-')),
            new Signature("a ZIP archive (a Word .docx file is one)", bytes('P', 'K', 0x03, 0x04)),
            new Signature(
                    "an old Microsoft Office document (.doc)", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
            new Signature("a gzip-compressed file", bytes(0x1F, 0x8B)));

    // Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
    private static final List<Signature> UNICODE_BOMS = List.of(
            new Signature("UTF-32", bytes(0xFF, 0xFE, 0x00, 0x00)),
            new Signature("UTF-32", bytes(0x00, 0x00, 0xFE, 0xFF)),
            new Signature("UTF-16", bytes(0xFF, 0xFE)),
            new Signature("UTF-16", bytes(0xFE, 0xFF)));

    private static final int UTF16_SAMPLE = 512;

    private BinarySniffer() {}

    static Optional<Decoding.Failed> problemWith(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return failed(
                        BINARY,
                        "The file looks like " + signature.description() + ", not a text article. "
                                + "Save the article as plain text (.txt), Markdown (.md), HTML (.html) or Word (.docx) and upload it "
                                + "with that extension.");
            }
        }
        for (Signature bom : UNICODE_BOMS) {
            if (startsWith(bytes, bom.magic())) {
                return failed(
                        NOT_UTF8,
                        "The file looks like %1$s text (it starts with a %1$s byte-order mark); "
                                        .formatted(bom.description())
                                + "save it as UTF-8 and upload it again.");
            }
        }
        return controlCharacters(bytes);
    }

    private static Optional<Decoding.Failed> controlCharacters(byte[] bytes) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0 && looksLikeUtf16(bytes)) {
            return failed(
                    NOT_UTF8,
                    "The file looks like UTF-16 text without a byte-order mark (every other byte is NUL); "
                            + "save it as UTF-8 and upload it again.");
        }
        if (nul >= 0) {
            return failed(
                    BINARY,
                    "The file looks binary (it contains NUL bytes, the first at " + Wording.position(bytes, nul)
                            + "), not a text article.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (isForbiddenControl(bytes[i])) {
                return failed(
                        BINARY,
                        "The file looks binary or damaged: it contains the control character U+%04X at %s, "
                                        .formatted(bytes[i], Wording.position(bytes, i))
                                + "which does not belong in a text article.");
            }
        }
        return Optional.empty();
    }

    // Tab, line feed, carriage return and form feed occur in real text files; other C0 controls and DEL do not.
    private static boolean isForbiddenControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    // UTF-16 English text has NUL in every other byte and nowhere else.
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, UTF16_SAMPLE) / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += bytes[2 * i] == 0 ? 1 : 0;
            oddNuls += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        return pairs > 0 && Math.min(evenNuls, oddNuls) == 0 && Math.max(evenNuls, oddNuls) * 2 >= pairs;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Optional<Decoding.Failed> failed(ImportProblem problem, String message) {
        return Optional.of(new Decoding.Failed(problem, message));
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
