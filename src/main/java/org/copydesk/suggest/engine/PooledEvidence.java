package org.copydesk.suggest.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the live learned rules show together, for {@link LearnedFixes}: how often any rule replaced a phrase (a
 * rule's rivals), and for each filler deleted after an anchor word ({@code is actually → is} deletes
 * {@code actually}) the anchors, documents and refusals of all its rules. A spinner inserts its fillers after many
 * words, so a filler deleted after several of them vouches for an anchor seen with it only once.
 */
public final class PooledEvidence {

    /** How many different anchors a filler must have been deleted after before it vouches for another. */
    static final int ANCHORS = 3;

    private final Map<String, Integer> phraseMade = new HashMap<>();
    private final Map<String, Filler> fillers = new HashMap<>();

    private static final class Filler {
        final Set<String> anchors = new HashSet<>();
        int made;
        int refused;
        int documents;
    }

    /** Adds a live rule: made {@code made} times, refused (kept or rejected) {@code refused} times. */
    public void add(String from, String to, int made, int refused, int documents) {
        phraseMade.merge(AnalysedText.fold(from.strip()), made, Integer::sum);
        String filler = filler(from, to);
        if (!filler.isEmpty()) {
            Filler f = fillers.computeIfAbsent(filler, k -> new Filler());
            f.anchors.add(AnalysedText.fold(to.strip()));
            f.made += made;
            f.refused += refused;
            f.documents += documents;
        }
    }

    /** How often live rules replaced {@code phrase} (folded), in any way. */
    public int made(String phrase) {
        return phraseMade.getOrDefault(phrase, 0);
    }

    /**
     * Whether the rule {@code from → to} deletes a filler that was deleted after at least {@value #ANCHORS}
     * anchors, in at least {@code documents} documents together, and refused at most once for every
     * {@code dominance} times it was deleted.
     */
    boolean vouchesFor(String from, String to, int documents, int dominance) {
        Filler f = fillers.get(filler(from, to));
        return f != null
                && f.anchors.size() >= ANCHORS
                && f.documents >= documents
                && (long) f.refused * dominance <= f.made;
    }

    /** The words a rule deletes after its anchor, folded ({@code have in fact → have}: {@code in fact}), or "". */
    static String filler(String from, String to) {
        String f = AnalysedText.fold(from.strip());
        String t = AnalysedText.fold(to.strip());
        return !t.isEmpty() && f.startsWith(t + " ") && t.chars().anyMatch(Character::isLetterOrDigit)
                ? f.substring(t.length() + 1).strip()
                : "";
    }
}
