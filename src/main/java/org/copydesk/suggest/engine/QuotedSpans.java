package org.copydesk.suggest.engine;

import java.util.Arrays;

/**
 * Finds quoted speech: double quotes (curly or straight, including a closing mark misused as an opening one, as
 * spinners leave it: {@code ” If}), and single quotes used as quotation marks rather than apostrophes. A quote
 * left open at the end of a paragraph runs to its end, as news style continues a quote into the next paragraph.
 */
final class QuotedSpans {

    private QuotedSpans() {}

    static int[] find(String text) {
        var spans = new Spans();
        int n = text.length();
        int doubleOpen = -1;
        int singleOpen = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (doubleOpen >= 0) {
                    add(spans, doubleOpen, i);
                } else if (singleOpen >= 0) {
                    add(spans, singleOpen, i);
                }
                doubleOpen = -1;
                singleOpen = -1;
                continue;
            }
            boolean opensHere = i == 0 || isOpeningContext(text.charAt(i - 1));
            boolean followedByText = i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
            switch (c) {
                case '\u201c', '\u201e' -> {
                    if (doubleOpen < 0) {
                        doubleOpen = singleOpen >= 0 ? singleOpen : i;
                        singleOpen = -1;
                    }
                }
                case '\u201d', '"' -> {
                    if (doubleOpen >= 0) {
                        add(spans, doubleOpen, i + 1);
                        doubleOpen = -1;
                    } else if (opensHere && (followedByText || atParagraphStart(text, i) && isLetter(text, i + 2))) {
                        doubleOpen = singleOpen >= 0 ? singleOpen : i;
                        singleOpen = -1;
                    }
                }
                case '\u2018' -> {
                    if (doubleOpen < 0 && singleOpen < 0 && opensHere) {
                        singleOpen = i;
                    }
                }
                case '\'' -> {
                    if (doubleOpen < 0 && singleOpen < 0 && opensHere && followedByText) {
                        singleOpen = i;
                    } else if (singleOpen >= 0 && !isLetter(text, i + 1)) {
                        add(spans, singleOpen, i + 1);
                        singleOpen = -1;
                    }
                }
                case '\u2019' -> {
                    if (singleOpen >= 0 && !isLetter(text, i + 1) && !isSpacedContraction(text, i + 1)) {
                        add(spans, singleOpen, i + 1);
                        singleOpen = -1;
                    }
                }
                default -> {}
            }
        }
        return Arrays.copyOf(spans.bounds, spans.size);
    }

    private static void add(Spans spans, int start, int end) {
        if (spans.size + 2 > spans.bounds.length) {
            spans.bounds = Arrays.copyOf(spans.bounds, spans.bounds.length * 2);
        }
        spans.bounds[spans.size++] = start;
        spans.bounds[spans.size++] = end;
    }

    /** Start and end of each span found so far, unboxed. */
    private static final class Spans {
        int[] bounds = new int[16];
        int size;
    }

    private static boolean isOpeningContext(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014' || before == '-';
    }

    private static boolean isLetter(String text, int i) {
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** {@code I’ m}: an apostrophe a spinner separated from its contraction, not a closing quote. */
    private static boolean isSpacedContraction(String text, int i) {
        if (i >= text.length() || text.charAt(i) != ' ' || !isLetter(text, i - 2)) {
            return false;
        }
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String tail = text.substring(i + 1, end);
        return !isLetter(text, end)
                && (tail.equals("m")
                        || tail.equals("s")
                        || tail.equals("re")
                        || tail.equals("ve")
                        || tail.equals("ll")
                        || tail.equals("d")
                        || tail.equals("t"));
    }

    private static boolean atParagraphStart(String text, int i) {
        return i == 0 || text.charAt(i - 1) == '\n';
    }
}
