package org.copydesk.suggest.engine;

import java.util.Comparator;
import java.util.List;

/** Applying suggestions to the text they were made for. */
public final class Suggestions {

    private Suggestions() {}

    /** The text with the given non-overlapping suggestions applied. */
    public static String apply(String text, List<Suggestion> suggestions) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Suggestion s : suggestions.stream()
                .sorted(Comparator.comparingInt(Suggestion::start))
                .toList()) {
            if (s.start() < at) {
                continue;
            }
            out.append(text, at, s.start()).append(s.replacement());
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The text with only its confident suggestions applied, as "accept all confident" does. */
    public static String applyConfident(String text, List<Suggestion> suggestions) {
        return apply(text, suggestions.stream().filter(Suggestion::confident).toList());
    }
}
