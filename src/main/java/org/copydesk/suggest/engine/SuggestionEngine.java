package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Asks every source and keeps a non-overlapping set, sorted by position. Where suggestions overlap, a confident
 * one beats a possible one, then the earlier source in the list wins (mechanical before learned before the
 * general table), then the longer span.
 */
public final class SuggestionEngine {

    private final List<SuggestionSource> sources;

    public SuggestionEngine(List<SuggestionSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<Suggestion> suggest(String text) {
        return suggest(AnalysedText.of(text));
    }

    public List<Suggestion> suggest(AnalysedText text) {
        List<Ranked> candidates = new ArrayList<>();
        for (int rank = 0; rank < sources.size(); rank++) {
            for (Suggestion s : sources.get(rank).suggest(text)) {
                candidates.add(new Ranked(s, rank));
            }
        }
        candidates.sort(Comparator.comparing((Ranked r) -> r.suggestion().confidence())
                .thenComparingInt(Ranked::rank)
                .thenComparing(r -> -r.suggestion().length())
                .thenComparingInt(r -> r.suggestion().start()));
        TreeMap<Integer, Suggestion> kept = new TreeMap<>();
        for (Ranked r : candidates) {
            Suggestion s = r.suggestion();
            var before = kept.floorEntry(s.start());
            var after = kept.ceilingEntry(s.start());
            if (before != null && before.getValue().overlaps(s)
                    || after != null && after.getValue().overlaps(s)) {
                continue;
            }
            kept.put(s.start(), s);
        }
        return List.copyOf(kept.values());
    }

    private record Ranked(Suggestion suggestion, int rank) {}
}
