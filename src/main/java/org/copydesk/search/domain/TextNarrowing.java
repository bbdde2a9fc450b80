package org.copydesk.search.domain;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.search.matching.PatternSpec;

/**
 * The {@code LIKE} / {@code ILIKE} fragments every match of a pattern must contain, so PostgreSQL can narrow a
 * search with its trigram indexes before Java verifies each match. It must never drop a paragraph that matches:
 * a case-sensitive literal is required whole; a case-insensitive one only by its ASCII runs of three or more
 * characters (ASCII case folding is the same in every database locale, Unicode folding is not); a regular
 * expression is not narrowed.
 *
 * @param caseSensitive whether the fragments are for {@code LIKE} (else {@code ILIKE})
 * @param fragments the escaped {@code %…%} patterns, all of which a matching text contains; empty: no narrowing
 */
record TextNarrowing(boolean caseSensitive, List<String> fragments) {

    static TextNarrowing of(PatternSpec spec) {
        if (spec.regex()) {
            return new TextNarrowing(false, List.of());
        }
        if (spec.caseSensitive()) {
            return new TextNarrowing(true, List.of(like(spec.text())));
        }
        List<String> fragments = new ArrayList<>();
        var run = new StringBuilder();
        for (int i = 0; i <= spec.text().length(); i++) {
            char c = i < spec.text().length() ? spec.text().charAt(i) : '\u0080';
            if (c < 0x80) {
                run.append(c);
            } else {
                if (run.length() >= 3) {
                    fragments.add(like(run.toString()));
                }
                run.setLength(0);
            }
        }
        return new TextNarrowing(false, fragments);
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

    private static String like(String literal) {
        return "%" + literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
