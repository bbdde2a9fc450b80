package org.copydesk.suggest.service;

import java.util.List;

/** The outcome of teaching from a spun article and its original. */
public sealed interface PairResult {

    /** One aligned group: spun paragraphs {@code spun} (0-based) correspond to original paragraphs {@code original}. */
    record AlignedGroup(List<Integer> spun, List<Integer> original, double similarity) {}

    record Learned(
            String pair,
            int spunParagraphs,
            int originalParagraphs,
            List<AlignedGroup> alignment,
            int changesSeen,
            int rulesCreated,
            List<LearnedRuleView> rules)
            implements PairResult {}

    record Invalid(String reason) implements PairResult {}
}
