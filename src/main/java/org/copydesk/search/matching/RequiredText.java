package org.copydesk.search.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of text that every match of a pattern contains, for the database to narrow a search before Java verifies
 * it. Conservative by design: a run is only reported when no match can lack it, so a regular expression with an
 * alternation, a flag group or other syntax this reader does not follow yields nothing (no narrowing) rather than
 * a guess. Case: the runs are as written; a case-insensitive pattern's runs match in any case.
 */
public final class RequiredText {

    private RequiredText() {}

    public static List<String> of(PatternSpec spec) {
        return spec.regex() ? ofRegex(spec.text()) : List.of(spec.text());
    }

    static List<String> ofRegex(String regex) {
        if (regex.contains("|")
                || regex.contains("(?")
                || regex.contains("\\Q")
                || regex.contains("[:")
                || regex.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return List.of();
        }
        List<String> runs = new ArrayList<>();
        var run = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            String atom = null;
            int next = i + 1;
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return List.of();
                }
                char escaped = regex.charAt(i + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    if ("pPxuQ0123456789".indexOf(escaped) >= 0) {
                        return List.of();
                    }
                } else {
                    atom = String.valueOf(escaped);
                }
                next = i + 2;
            } else if (c == '[') {
                next = classEnd(regex, i);
                if (next < 0) {
                    return List.of();
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if ("*+?{".indexOf(c) >= 0) {
                // A quantifier after a group or class; the atom it follows was not part of a run.
                next = quantifierEnd(regex, i);
                if (next < 0) {
                    return List.of();
                }
            } else if (".^$".indexOf(c) < 0) {
                atom = String.valueOf(c);
            }
            if (depth > 0) {
                atom = null;
            }
            int afterQuantifier = next < regex.length() && "*+?{".indexOf(regex.charAt(next)) >= 0
                    ? quantifierEnd(regex, next)
                    : next;
            if (afterQuantifier < 0) {
                return List.of();
            }
            boolean quantified = afterQuantifier != next;
            if (atom != null && (!quantified || atLeastOnce(regex, next))) {
                run.append(atom);
            }
            if (atom == null || quantified) {
                flush(run, runs);
            }
            i = afterQuantifier;
        }
        flush(run, runs);
        return runs;
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (!run.isEmpty()) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    /** Whether the quantifier at {@code at} requires its atom at least once ({@code +}, {@code {n,…}} with n ≥ 1). */
    private static boolean atLeastOnce(String regex, int at) {
        char q = regex.charAt(at);
        if (q == '+') {
            return true;
        }
        if (q != '{') {
            return false;
        }
        int end = at + 1;
        while (end < regex.length() && Character.isDigit(regex.charAt(end))) {
            end++;
        }
        return end > at + 1 && Integer.parseInt(regex.substring(at + 1, Math.min(end, at + 6))) >= 1;
    }

    /** Where the quantifier starting at {@code at} ends (with a lazy {@code ?}); -1 when it is not well formed. */
    private static int quantifierEnd(String regex, int at) {
        int end = at + 1;
        if (regex.charAt(at) == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0 || !regex.substring(at + 1, close).matches("\\d{1,4}(,\\d{0,4})?")) {
                return -1;
            }
            end = close + 1;
        }
        if (end < regex.length() && regex.charAt(end) == '?') {
            end++;
        }
        return end;
    }

    /** Where the character class starting at {@code at} ends; -1 when it does not. */
    private static int classEnd(String regex, int at) {
        int j = at + 1;
        if (j < regex.length() && regex.charAt(j) == '^') {
            j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
            j++;
        }
        while (j < regex.length() && regex.charAt(j) != ']') {
            j += regex.charAt(j) == '\\' ? 2 : 1;
        }
        return j < regex.length() ? j + 1 : -1;
    }
}
