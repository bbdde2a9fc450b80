package org.copydesk.base;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The one set of character rules for text that Copydesk stores (imported source text, saved corrected text): any
 * Unicode text with line breaks and tabs, but no other control character (C0, DEL or C1; a form feed included).
 * And what counts as blank: whitespace and invisible format characters (zero-width spaces and joiners, the
 * byte-order mark, soft hyphens), so that text made only of those never becomes an invisible title or paragraph.
 */
public final class TextCharacters {

    private TextCharacters() {}

    /** The index of the first character the rules forbid, if any. Line endings must already be {@code \n}. */
    public static OptionalInt firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** E.g. {@code U+000C (form feed)}. */
    public static String describe(char c) {
        String name = Character.getName(c);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return name == null ? code : code + " (" + name.toLowerCase(Locale.ROOT) + ")";
    }

    /** Blank to the eye: nothing but whitespace of any kind and invisible format characters. */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }
}
