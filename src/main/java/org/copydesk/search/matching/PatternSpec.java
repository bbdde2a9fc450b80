package org.copydesk.search.matching;

/**
 * What the user asked to find: {@code text} as plain text or, when {@code regex}, as a regular expression in Java
 * syntax as far as RE2/J supports it (no backreferences, no lookaround).
 */
public record PatternSpec(String text, boolean regex, boolean caseSensitive, boolean wholeWord) {

    /** Longest pattern accepted; a longer one is a paste error, not a search. */
    public static final int MAX_LENGTH = 1000;

    public static PatternSpec literal(String text) {
        return new PatternSpec(text, false, false, false);
    }

    public static PatternSpec regex(String text) {
        return new PatternSpec(text, true, true, false);
    }
}
