package org.copydesk.suggest.engine;

import java.util.List;

/**
 * Learned rules as a source, and the policy that decides when one is confident: enough independent evidence
 * (distinct articles or reference pairs that made the change, plus explicit accepts), never rejected, never left
 * unchanged where it could have applied, and no competing replacement for the same phrase.
 */
public final class LearnedFixes {

    public static final String NAME = "learned";

    /** A rule's record as the policy sees it. */
    public record Standing(String from, String to, int accepted, int rejected, int documents, boolean competing) {}

    private LearnedFixes() {}

    public static Confidence confidence(Standing s, int evidenceNeeded) {
        boolean enough = s.documents() + s.accepted() >= evidenceNeeded;
        return enough && s.rejected() == 0 && !s.competing() ? Confidence.CONFIDENT : Confidence.POSSIBLE;
    }

    public static PhraseSource source(List<PhraseRule> rules) {
        return new PhraseSource(NAME, rules);
    }
}
