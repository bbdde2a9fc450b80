package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Asks every source and keeps a non-overlapping set, sorted by position. Where suggestions overlap, a confident
 * one beats a possible one, then the earlier source in the list wins (mechanical before learned before the
 * general table), then the longer span, then the earlier one.
 */
public final class SuggestionEngine {

    private static final Comparator<Ranked> PRIORITY = (a, b) -> {
        int c = Integer.compare(a.group(), b.group());
        if (c == 0) {
            c = Integer.compare(b.length(), a.length());
        }
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    };

    private final List<SuggestionSource> sources;

    public SuggestionEngine(List<SuggestionSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<Suggestion> suggest(String text) {
        return suggest(AnalysedText.of(text));
    }

    public List<Suggestion> suggest(AnalysedText text) {
        List<Ranked> candidates = new ArrayList<>();
        int limit = text.text().length();
        for (int rank = 0; rank < sources.size(); rank++) {
            for (Suggestion s : sources.get(rank).suggest(text)) {
                candidates.add(new Ranked(s, s.confidence().ordinal() * sources.size() + rank, s.length(), s.start()));
                limit = Math.max(limit, s.end());
            }
        }
        candidates.sort(PRIORITY);
        var taken = new Taken(limit);
        List<Suggestion> kept = new ArrayList<>();
        for (Ranked r : candidates) {
            if (taken.tryTake(r.start(), r.start() + r.length())) {
                kept.add(r.suggestion());
            }
        }
        kept.sort(Comparator.comparingInt(Suggestion::start));
        return List.copyOf(kept);
    }

    /** The ranking key, unboxed: confidence and source together in {@code group}. */
    private record Ranked(Suggestion suggestion, int group, int length, int start) {}

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
