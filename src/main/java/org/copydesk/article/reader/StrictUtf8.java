package org.copydesk.article.reader;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes UTF-8 without the silent U+FFFD replacement that {@code new String(bytes, UTF_8)} does: a replaced
 * character in the source text would be a corruption nobody asked for, so a broken file is refused instead.
 */
final class StrictUtf8 {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictUtf8() {}

    /** The text without a leading UTF-8 byte-order mark, or a rejection that points at the first bad byte. */
    static Decoding decode(byte[] bytes) {
        CharsetDecoder decoder = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than it has bytes, so this buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoding.Failed(ImportProblem.NOT_UTF8, describe(bytes, in.position()));
        }
        String text = out.flip().toString();
        return new Decoding.Text(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
    }

    private static String describe(byte[] bytes, int offset) {
        return "The file is not valid UTF-8: byte " + Wording.hex(bytes[offset]) + " at "
                + Wording.position(bytes, offset) + " " + fault(bytes, offset) + "."
                + (isLoneHighByte(bytes, offset) ? " It looks like Windows-1252 or Latin-1 text." : "")
                + " Save it as UTF-8 and upload it again.";
    }

    private static String fault(byte[] bytes, int offset) {
        int length = sequenceLength(bytes[offset] & 0xFF);
        if (length == 0) {
            return "cannot start a character";
        }
        for (int i = offset + 1; i < offset + length; i++) {
            if (i >= bytes.length) {
                return "begins a character that the file ends before completing";
            }
            if ((bytes[i] & 0xC0) != 0x80) {
                return "begins a character that byte " + Wording.hex(bytes[i]) + " after it cannot continue";
            }
        }
        // Well-formed in shape, but overlong, a surrogate or beyond U+10FFFF.
        return "begins a sequence that does not encode a valid character";
    }

    /** How many bytes a sequence starting with {@code lead} has; 0 if it cannot start one. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    // Single-byte encodings put é or a curly quote in one byte between ASCII bytes; UTF-8 never does.
    private static boolean isLoneHighByte(byte[] bytes, int offset) {
        boolean asciiBefore = offset == 0 || bytes[offset - 1] >= 0;
        boolean asciiAfter = offset + 1 >= bytes.length || bytes[offset + 1] >= 0;
        return asciiBefore && asciiAfter;
    }
}
