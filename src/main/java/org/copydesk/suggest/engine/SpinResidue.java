package org.copydesk.suggest.engine;

import java.util.HashMap;
import java.util.List;
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
        List<Suggestion> spans = engine.suggest(source);
        Map<String, Integer> left = new HashMap<>();
        int remaining = 0;
        for (Suggestion s : spans) {
            String original = s.original().strip();
            if (original.isEmpty()) {
                continue;
            }
            int used = left.getOrDefault(original, 0);
            if (occurrences(corrected, original) > used) {
                remaining++;
                left.put(original, used + 1);
            }
        }
        return new SpinResidue(spans.size(), remaining);
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
