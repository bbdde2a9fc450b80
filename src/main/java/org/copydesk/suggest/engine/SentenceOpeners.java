package org.copydesk.suggest.engine;

import org.jspecify.annotations.Nullable;

/**
 * Rules that delete a sentence opener: a phrase ending in a comma with an empty replacement ({@code indeed, → ""}).
 * Such a rule applies only at a sentence start, and its suggestion gives the next word the sentence's capital
 * ({@code Indeed, the rules} → {@code The rules}), so the opener is learned once, not once per next word.
 */
public final class SentenceOpeners {

    private SentenceOpeners() {}

    /** Whether {@code from → to} is an opener rule. */
    public static boolean isOpener(String from, String to) {
        return to.isEmpty() && from.strip().endsWith(",") && from.strip().length() > 1;
    }

    /** The suggestion for the opener at {@code text[start, end)}, or null where it does not start a sentence. */
    static @Nullable Suggestion suggest(
            String text, int start, int end, Confidence confidence, String reason, String source) {
        if (!startsSentence(text, start)) {
            return null;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next == end || next == text.length() || !Character.isLetter(text.charAt(next))) {
            return null;
        }
        if (!Character.isLowerCase(text.charAt(next))) {
            return new Suggestion(start, next, text.substring(start, next), "", confidence, reason, source);
        }
        int wordEnd = next;
        while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(next, wordEnd);
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return new Suggestion(start, wordEnd, text.substring(start, wordEnd), capitalised, confidence, reason, source);
    }

    /**
     * The opener rule's phrase behind a suggestion this class made ({@code Indeed, the → The}: {@code indeed,}), so
     * that an editor's accept or reject counts for that rule; null for any other suggestion.
     */
    public static @Nullable String ruleOf(String original, String replacement) {
        int comma = original.indexOf(',');
        if (comma < 1 || !original.substring(0, comma).chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
            return null;
        }
        String next = original.substring(comma + 1).stripLeading();
        boolean capitalised = !next.isEmpty()
                && Character.isLowerCase(next.charAt(0))
                && replacement.equals(Character.toUpperCase(next.charAt(0)) + next.substring(1));
        if (!capitalised && !(next.isEmpty() && replacement.isEmpty())) {
            return null;
        }
        return Character.toLowerCase(original.charAt(0)) + original.substring(1, comma + 1);
    }

    /**
     * Whether {@code text} has a capital at {@code at} with only spaces between it and the text's start, a line
     * break, or a full stop, ! or ?: the only place an opener rule applies, and so the only place where an opener
     * left unchanged counts against its rule.
     */
    public static boolean startsSentence(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return false;
        }
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || "\n\r.!?".indexOf(text.charAt(i)) >= 0;
    }
}
