package org.copydesk.editing.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a reader compares: words, single punctuation marks and runs of whitespace. Joining the
 * tokens gives the text back exactly. A lower-case letter followed by an upper-case one starts a new word, so the
 * spun {@code inChina} differs from {@code in China} by one inserted space, not by a replaced word.
 */
public final class WordTokens {

    private WordTokens() {}

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (i > start && breaksBefore(text, start, i, cp)) {
                tokens.add(text.substring(start, i));
                start = i;
            }
            if (!isWordPart(cp) && !Character.isWhitespace(cp)) {
                if (i > start) {
                    tokens.add(text.substring(start, i));
                }
                tokens.add(text.substring(i, next));
                start = next;
            }
            i = next;
        }
        if (start < text.length()) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean breaksBefore(String text, int start, int i, int cp) {
        int previous = text.codePointBefore(i);
        boolean inWhitespace = Character.isWhitespace(text.codePointAt(start));
        if (inWhitespace != Character.isWhitespace(cp)) {
            return true;
        }
        return !inWhitespace && Character.isLowerCase(previous) && Character.isUpperCase(cp);
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
