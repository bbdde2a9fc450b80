package org.copydesk.suggest.service;

import java.util.List;

/** The outcome of teaching from several reference pairs at once: all learned, or none (the pair that was refused). */
public sealed interface PairsResult {

    /** One pair of the upload, by its name ({@code NN} of {@code NN-spun.txt}), and what it taught. */
    record NamedPair(String name, PairResult.Learned learned) {}

    record Learned(List<NamedPair> pairs) implements PairsResult {}

    record Invalid(String pair, String reason) implements PairsResult {}
}
