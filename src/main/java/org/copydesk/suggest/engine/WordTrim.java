package org.copydesk.suggest.engine;

import org.jspecify.annotations.Nullable;

/** Narrows a phrase replacement (words separated by single spaces) to the words that actually change. */
final class WordTrim {

    private WordTrim() {}

    /** The suggestion for the changed middle of {@code original → replacement}; null when nothing changes. */
    static @Nullable Suggestion trim(
            int offset, String original, String replacement, Confidence confidence, String reason, String source) {
        if (original.equals(replacement)) {
            return null;
        }
        String[] from = original.split(" ", -1);
        String[] to = replacement.isEmpty() ? new String[0] : replacement.split(" ", -1);
        int head = 0;
        while (head < from.length && head < to.length && from[head].equals(to[head])) {
            head++;
        }
        int tail = 0;
        while (tail < from.length - head
                && tail < to.length - head
                && from[from.length - 1 - tail].equals(to[to.length - 1 - tail])) {
            tail++;
        }
        int start = charsBefore(from, head);
        int end = original.length() - charsAfter(from, tail);
        String middle = String.join(" ", java.util.Arrays.copyOfRange(to, head, to.length - tail));
        if (start > end) {
            // nothing left of the original between the kept words: an insertion
            return new Suggestion(offset + end, offset + end, "", " " + middle, confidence, reason, source);
        }
        if (middle.isEmpty()) {
            // deleted words take the space before them, or after them at the phrase start
            if (start > 0) {
                start--;
            } else if (end < original.length()) {
                end++;
            }
        }
        return new Suggestion(
                offset + start, offset + end, original.substring(start, end), middle, confidence, reason, source);
    }

    private static int charsBefore(String[] words, int count) {
        int chars = 0;
        for (int i = 0; i < count; i++) {
            chars += words[i].length() + 1;
        }
        return chars;
    }

    private static int charsAfter(String[] words, int count) {
        int chars = 0;
        for (int i = 0; i < count; i++) {
            chars += words[words.length - 1 - i].length() + 1;
        }
        return chars;
    }
}
