package org.copydesk.search.domain;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.search.matching.PatternSpec;
import org.copydesk.search.matching.RequiredText;

/**
 * The {@code LIKE} / {@code ILIKE} fragments every match of a pattern must contain, so PostgreSQL can narrow a
 * search with its trigram indexes before Java verifies each match. It must never drop a paragraph that matches:
 * the fragments come from {@link RequiredText}; a case-sensitive pattern requires them exactly, a case-insensitive
 * one only by their ASCII runs of three or more characters (ASCII case folding is the same in every database
 * locale, Unicode folding is not; k and s are left out too, as RE2 also folds the Kelvin sign and the long s to
 * them). Fragments shorter than a trigram are left out, as the index cannot use them.
 *
 * @param caseSensitive whether the fragments are for {@code LIKE} (else {@code ILIKE})
 * @param fragments the escaped {@code %…%} patterns, all of which a matching text contains; empty: no narrowing
 */
record TextNarrowing(boolean caseSensitive, List<String> fragments) {

    static TextNarrowing of(PatternSpec spec) {
        List<String> fragments = new ArrayList<>();
        for (String required : RequiredText.of(spec)) {
            if (spec.caseSensitive()) {
                if (required.length() >= 3 || !spec.regex()) {
                    fragments.add(like(required));
                }
            } else {
                asciiRuns(required).forEach(run -> fragments.add(like(run)));
            }
        }
        return new TextNarrowing(spec.caseSensitive(), fragments);
    }

    boolean narrows() {
        return !fragments.isEmpty();
    }

    /** The condition on one text column, with one {@code ?} per fragment. */
    String condition(String column) {
        String operator = caseSensitive ? " like ?" : " ilike ?";
        return String.join(
                " and ", fragments.stream().map(f -> column + operator).toList());
    }

    private static List<String> asciiRuns(String text) {
        List<String> runs = new ArrayList<>();
        var run = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\u0080';
            if (c < 0x80 && "kKsS".indexOf(c) < 0) {
                run.append(c);
            } else {
                if (run.length() >= 3) {
                    runs.add(run.toString());
                }
                run.setLength(0);
            }
        }
        return runs;
    }

    private static String like(String literal) {
        return "%" + literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
