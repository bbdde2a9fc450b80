package org.copydesk.suggest.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * How much detected spinning is left: the share of the source's suggestion spans (spun wording and mechanical
 * damage the engine finds in the source text) whose text is still present in the corrected text.
 *
 * @param detected spans found in the source
 * @param remaining of those, still present in the corrected text
 */
public record SpinResidue(int detected, int remaining) {

    public static final SpinResidue NONE = new SpinResidue(0, 0);

    public static SpinResidue of(SuggestionEngine engine, String source, String corrected) {
        Map<String, Integer> left = new HashMap<>();
        int detected = 0;
        int remaining = 0;
        for (Suggestion s : engine.suggest(source)) {
            String evidence = evidence(source, s);
            if (evidence.isBlank()) {
                continue;
            }
            detected++;
            int used = left.getOrDefault(evidence, 0);
            if (occurrences(corrected, evidence) > used) {
                remaining++;
                left.put(evidence, used + 1);
            }
        }
        return new SpinResidue(detected, remaining);
    }

    /**
     * What shows that a span is still there: its text, or for a span of spaces only (a stray space in {@code ’ m}),
     * the spaces with the characters on either side, since spaces alone are found in any text. Blank when a span has
     * nothing around it to be known by; such a span counts neither as detected nor as left.
     */
    private static String evidence(String source, Suggestion s) {
        String original = s.original().strip();
        if (!original.isEmpty()) {
            return original;
        }
        int from = s.start();
        int to = s.end();
        while (from > 0 && Character.isWhitespace(source.charAt(from - 1))) {
            from--;
        }
        while (to < source.length() && Character.isWhitespace(source.charAt(to))) {
            to++;
        }
        return source.substring(Math.max(0, from - 1), Math.min(source.length(), to + 1));
    }

    /** 0 (clean) to 1 (nothing repaired); 0 when nothing was detected. */
    public double share() {
        return detected == 0 ? 0 : (double) remaining / detected;
    }

    public SpinResidue plus(SpinResidue other) {
        return new SpinResidue(detected + other.detected, remaining + other.remaining);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
