package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds many phrases in one pass (Aho-Corasick over the folded text), whole words only, so a table of hundreds of
 * phrases costs about as much as one. Phrases are folded like {@link AnalysedText#folded()}.
 */
public final class PhraseMatcher<T> {

    /** One occurrence of a phrase. */
    public record Match<T>(int start, int end, T payload) {}

    private final PayloadTrie<T> trie;
    private final boolean empty;

    private PhraseMatcher(PayloadTrie<T> trie, boolean empty) {
        this.trie = trie;
        this.empty = empty;
    }

    /** {@code phrase} of each entry is the key; the first entry for a key wins. */
    public static <T> PhraseMatcher<T> of(Iterable<T> entries, java.util.function.Function<T, String> phrase) {
        var builder = PayloadTrie.<T>builder();
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            String key = AnalysedText.fold(phrase.apply(entry).strip());
            if (!key.isEmpty() && seen.add(key)) {
                builder.addKeyword(key, entry);
            }
        }
        return new PhraseMatcher<>(builder.build(), seen.isEmpty());
    }

    /** Every whole-word occurrence, overlapping ones included, in order of their end. */
    public List<Match<T>> find(AnalysedText text) {
        List<Match<T>> found = new ArrayList<>();
        if (empty) {
            return found;
        }
        trie.parseText(text.folded(), emit -> {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (atWordBoundary(text, start, end)) {
                found.add(new Match<>(start, end, emit.getPayload()));
            }
            return true;
        });
        return found;
    }

    /** A phrase that starts (ends) with a letter must not continue a word before (after) it. */
    private static boolean atWordBoundary(AnalysedText text, int start, int end) {
        return !(text.isWordChar(start) && text.isWordChar(start - 1))
                && !(text.isWordChar(end - 1) && text.isWordChar(end));
    }
}
