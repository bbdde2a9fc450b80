package org.copydesk.suggest.engine;

import java.util.List;

/**
 * Learned rules as a source, and the policy that decides when one is confident: enough independent evidence
 * (distinct articles or reference pairs that made the change, plus explicit accepts), never rejected by an editor,
 * and made at least {@value #DOMINANCE} times as often as its phrase was left unchanged where it could have applied
 * or replaced differently by a rival rule. A rule that deletes a filler after its anchor may borrow the evidence of
 * the same filler after other anchors ({@link PooledEvidence}): one document of its own is then enough.
 */
public final class LearnedFixes {

    public static final String NAME = "learned";

    /**
     * How many times a confident rule must have been made for each time its phrase was kept or replaced otherwise: at
     * 6 its precision in the teaching data is at least 6 in 7 (86 %), and the mechanical repairs and the rules never
     * kept lift the whole above 90 %. Measured on the teaching benchmark (BENCHMARKS.md, round 6): against 10, it
     * fixes 50.2 % of a consistent spinner's damage on 72 unseen articles instead of 44.4 %, at 92.6 % precision
     * instead of 93.2 %.
     */
    static final int DOMINANCE = 6;

    /**
     * A rule's record as the policy sees it.
     *
     * @param made how often the change was made (in evidence and by accepts)
     * @param kept how often its phrase was left as it was where it could have applied
     * @param rivals how often other rules replaced the same phrase differently
     */
    public record Standing(
            String from, String to, int made, int accepted, int rejected, int kept, int documents, int rivals) {}

    private LearnedFixes() {}

    public static Confidence confidence(Standing s, int evidenceNeeded) {
        return confidence(s, evidenceNeeded, new PooledEvidence());
    }

    public static Confidence confidence(Standing s, int evidenceNeeded, PooledEvidence pool) {
        boolean enough = s.documents() + s.accepted() >= evidenceNeeded
                || s.documents() >= 1 && pool.vouchesFor(s.from(), s.to(), 2 * evidenceNeeded, DOMINANCE);
        boolean dominant = (long) (s.kept() + s.rivals()) * DOMINANCE <= s.made();
        return enough && s.rejected() == 0 && dominant ? Confidence.CONFIDENT : Confidence.POSSIBLE;
    }

    /**
     * Whether the team's editors refuse a rule's change, so that general knowledge making the same change gives way:
     * they rejected it at least {@value #REFUSALS} times (once may be the place, not the phrase), and it was not made
     * {@value #OUTWEIGHS_REFUSALS} times as often.
     */
    public static boolean refuses(int made, int rejected) {
        return rejected >= REFUSALS && (long) rejected * OUTWEIGHS_REFUSALS > made;
    }

    /** How often editors must have rejected a change before general knowledge gives way. */
    static final int REFUSALS = 2;

    /** How many times a change must have been made for each reject for the team's editors not to refuse it. */
    static final int OUTWEIGHS_REFUSALS = 10;

    public static PhraseSource source(List<PhraseRule> rules) {
        return new PhraseSource(NAME, rules);
    }
}
