package org.copydesk.suggest.engine;

import java.util.Arrays;

/**
 * The text a source looks at, prepared once for all sources: a case- and quote-folded copy of the same length (so
 * offsets carry over), and the spans inside quotation marks, which spinners leave alone and so must we.
 */
public final class AnalysedText {

    private final String text;
    private final char[] foldedChars;
    private final String folded;
    /** Whether each character is a letter or digit, one pass for every source that asks. */
    private final boolean[] word;

    private final int[] quoted;

    private AnalysedText(String text) {
        this.text = text;
        int n = text.length();
        this.foldedChars = new char[n];
        this.word = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            foldedChars[i] = foldChar(c);
            word[i] = Character.isLetterOrDigit(c);
        }
        this.folded = new String(foldedChars);
        this.quoted = QuotedSpans.find(text);
    }

    public static AnalysedText of(String text) {
        return new AnalysedText(text);
    }

    public String text() {
        return text;
    }

    /** Lower case, typographic apostrophes and quotes made straight; exactly as long as {@link #text()}. */
    public String folded() {
        return folded;
    }

    /** {@link #folded()} as an array, for matchers that read it character by character; not to be changed. */
    char[] foldedChars() {
        return foldedChars;
    }

    /** Whether any character of {@code [start, end)} lies between quotation marks (the marks included). */
    public boolean isQuoted(int start, int end) {
        int found = Arrays.binarySearch(quoted, start);
        int next;
        if (found >= 0) {
            if (found % 2 == 0) {
                return true;
            }
            next = found + 1;
        } else {
            int insertion = -found - 1;
            if (insertion % 2 == 1) {
                return true;
            }
            next = insertion;
        }
        return next < quoted.length && quoted[next] < Math.max(end, start + 1);
    }

    /** The quoted spans as start, end pairs (end exclusive), in order. */
    public int[] quotedSpans() {
        return quoted.clone();
    }

    /** Whether the character at {@code i} exists and is a letter or digit. */
    public boolean isWordChar(int i) {
        return i >= 0 && i < word.length && word[i];
    }

    /** Whether {@code [start, end)} starts and ends at word boundaries. */
    public boolean isWholeWord(int start, int end) {
        return !isWordChar(start - 1) && !isWordChar(end);
    }

    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(text.charAt(i));
        }
        return new String(chars);
    }

    static char foldChar(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02bc', '\u2032' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u2033' -> '"';
            case '\u2013', '\u2014', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
