package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks every source and keeps a non-overlapping set, sorted by position. Where suggestions overlap, a confident
 * one beats a possible one, then the earlier source in the list wins (mechanical before learned before the
 * general table), then the longer span, then the earlier one.
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
        List<Suggestion> candidates = new ArrayList<>();
        int[] sourceEnd = new int[sources.size()];
        for (int rank = 0; rank < sources.size(); rank++) {
            candidates.addAll(sources.get(rank).suggest(text));
            sourceEnd[rank] = candidates.size();
        }
        int n = candidates.size();
        int[] group = new int[n];
        int[] longerFirst = new int[n];
        int[] start = new int[n];
        int limit = text.text().length();
        int rank = 0;
        for (int i = 0; i < n; i++) {
            Suggestion s = candidates.get(i);
            while (i >= sourceEnd[rank]) {
                rank++;
            }
            group[i] = s.confidence().ordinal() * sources.size() + rank;
            longerFirst[i] = Integer.MAX_VALUE - s.length();
            start[i] = s.start();
            limit = Math.max(limit, s.end());
        }
        var taken = new Taken(limit);
        int[] kept = new int[n];
        int keptCount = 0;
        for (int i : StableOrder.of(n, group, longerFirst, start)) {
            if (taken.tryTake(start[i], start[i] + Integer.MAX_VALUE - longerFirst[i])) {
                kept[keptCount++] = i;
            }
        }
        int[] keptStart = new int[keptCount];
        for (int k = 0; k < keptCount; k++) {
            keptStart[k] = start[kept[k]];
        }
        List<Suggestion> out = new ArrayList<>(keptCount);
        for (int k : StableOrder.of(keptCount, keptStart)) {
            out.add(candidates.get(kept[k]));
        }
        return List.copyOf(out);
    }

    /**
     * The spans kept so far, as flags per text position: covered by a kept span, or the start of one. A span
     * overlaps a kept one (in the sense of {@link Suggestion#overlaps}) exactly when a flag is set inside it, or,
     * for an empty span, when it starts where a kept one starts or sits strictly inside a kept one.
     */
    private static final class Taken {
        private static final byte COVERED = 1;
        private static final byte START = 2;
        private final byte[] flags;

        Taken(int length) {
            flags = new byte[length + 1];
        }

        boolean tryTake(int start, int end) {
            if (start == end) {
                if ((flags[start] & START) != 0
                        || start > 0 && (flags[start - 1] & COVERED) != 0 && (flags[start] & COVERED) != 0) {
                    return false;
                }
            } else {
                for (int i = start; i < end; i++) {
                    if (flags[i] != 0) {
                        return false;
                    }
                }
            }
            flags[start] |= START;
            for (int i = start; i < end; i++) {
                flags[i] |= COVERED;
            }
            return true;
        }
    }
}
