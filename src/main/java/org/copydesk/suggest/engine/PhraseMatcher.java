package org.copydesk.suggest.engine;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds many phrases in one pass over the folded text, whole words only, so a table of thousands of phrases costs
 * little more than one. Phrases are folded like {@link AnalysedText#folded()}. The pass is the Aho-Corasick
 * automaton of {@code aho-corasick-double-array-trie} (a double-array trie whose hit callback allocates nothing);
 * of its hits only those that start and end at word boundaries are kept: no word continues from the left of the
 * first character, nor from the right of the last.
 */
public final class PhraseMatcher<T> {

    /** One occurrence of a phrase. */
    public record Match<T>(int start, int end, T payload) {}

    /** Receives occurrences without a {@link Match} per occurrence. */
    @FunctionalInterface
    public interface Visitor<T> {
        void match(int start, int end, T payload, int phrase);
    }

    private final List<T> payloads;
    private final String[] phrases;
    /**
     * Phrase ids in the order of their folded text, which is the order of phrases that end at one place. The
     * automaton is built from the phrases in this order, so the index it reports for a hit is the rank.
     */
    private final int[] byRank;
    /** Null when there are no phrases (the library cannot build an empty automaton). */
    private final AhoCorasickDoubleArrayTrie<Integer> automaton;

    private PhraseMatcher(List<T> payloads, List<String> keys) {
        this.payloads = List.copyOf(payloads);
        this.phrases = keys.toArray(String[]::new);
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (int p = 0; p < phrases.length; p++) {
            sorted.put(phrases[p], p);
        }
        this.byRank = sorted.values().stream().mapToInt(Integer::intValue).toArray();
        if (sorted.isEmpty()) {
            this.automaton = null;
        } else {
            this.automaton = new AhoCorasickDoubleArrayTrie<>();
            automaton.build(sorted);
        }
    }

    /** {@code phrase} of each entry is the key; the first entry for a key wins. */
    public static <T> PhraseMatcher<T> of(Iterable<T> entries, Function<T, String> phrase) {
        Map<String, T> first = new LinkedHashMap<>();
        for (T entry : entries) {
            String key = AnalysedText.fold(phrase.apply(entry).strip());
            if (!key.isEmpty()) {
                first.putIfAbsent(key, entry);
            }
        }
        return new PhraseMatcher<>(new ArrayList<>(first.values()), new ArrayList<>(first.keySet()));
    }

    /** The folded text of phrase {@code id}, as reported to a {@link Visitor}. */
    public String phrase(int id) {
        return phrases[id];
    }

    /** How many distinct phrases: the ids a {@link Visitor} gets are {@code 0 .. size() - 1}. */
    public int size() {
        return phrases.length;
    }

    /** The entry of phrase {@code id}. */
    public T payload(int id) {
        return payloads.get(id);
    }

    /** Every whole-word occurrence, overlapping ones included, in order of their end. */
    public List<Match<T>> find(AnalysedText text) {
        List<Match<T>> found = new ArrayList<>();
        forEach(text, (start, end, payload, phrase) -> found.add(new Match<>(start, end, payload)));
        return found;
    }

    /**
     * Every whole-word occurrence, overlapping ones included, in order of their end; occurrences that end at the
     * same place in order of their folded text.
     */
    public void forEach(AnalysedText text, Visitor<T> visitor) {
        if (automaton == null) {
            return;
        }
        WholeWords hits = new WholeWords(text);
        automaton.parseText(text.foldedChars(), hits);
        long[] found = Arrays.copyOf(hits.found, hits.size);
        Arrays.sort(found);
        for (long f : found) {
            int end = (int) (f >>> 32);
            int phrase = byRank[(int) f];
            visitor.match(end - phrases[phrase].length(), end, payloads.get(phrase), phrase);
        }
    }

    /** Keeps the automaton's hits that are whole words, as {@code end << 32 | rank}. */
    private static final class WholeWords implements AhoCorasickDoubleArrayTrie.IHitFull<Integer> {
        private final AnalysedText text;
        long[] found = new long[64];
        int size;

        WholeWords(AnalysedText text) {
            this.text = text;
        }

        @Override
        public void hit(int start, int end, Integer ignored, int rank) {
            if (text.isWordChar(start) && text.isWordChar(start - 1)
                    || text.isWordChar(end - 1) && text.isWordChar(end)) {
                return;
            }
            if (size == found.length) {
                found = Arrays.copyOf(found, size * 2);
            }
            found[size++] = (long) end << 32 | rank;
        }
    }
}
