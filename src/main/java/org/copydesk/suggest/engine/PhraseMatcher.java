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
 *
 * <p>A few phrases ({@value #SCAN_AT_MOST} or fewer) are found without the automaton, by searching the folded text
 * for each: the library's builder starts every automaton with arrays of about 18 MB whatever its size, and the
 * learner builds small matchers for every example it checks, which made a save's learning allocate gigabytes under
 * load. Both ways report exactly the same occurrences in the same order (tested against each other).
 */
public final class PhraseMatcher<T> {

    /** One occurrence of a phrase. */
    public record Match<T>(int start, int end, T payload) {}

    /** Receives occurrences without a {@link Match} per occurrence. */
    @FunctionalInterface
    public interface Visitor<T> {
        void match(int start, int end, T payload, int phrase);
    }

    static final int SCAN_AT_MOST = 32;

    private final List<T> payloads;
    private final String[] phrases;
    /**
     * Phrase ids in the order of their folded text, which is the order of phrases that end at one place. The
     * automaton is built from the phrases in this order, so the index it reports for a hit is the rank.
     */
    private final int[] byRank;
    /** Null when there are few phrases (found by {@link #scan}) or none (the library cannot build an empty one). */
    private final AhoCorasickDoubleArrayTrie<Integer> automaton;
    /** The folded phrases in rank order, for {@link #scan}. */
    private final String[] ranked;

    private PhraseMatcher(List<T> payloads, List<String> keys, int scanAtMost) {
        this.payloads = List.copyOf(payloads);
        this.phrases = keys.toArray(String[]::new);
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (int p = 0; p < phrases.length; p++) {
            sorted.put(phrases[p], p);
        }
        this.byRank = sorted.values().stream().mapToInt(Integer::intValue).toArray();
        this.ranked = sorted.keySet().toArray(String[]::new);
        if (sorted.size() <= scanAtMost) {
            this.automaton = null;
        } else {
            this.automaton = new AhoCorasickDoubleArrayTrie<>();
            automaton.build(sorted);
        }
    }

    /** {@code phrase} of each entry is the key; the first entry for a key wins. */
    public static <T> PhraseMatcher<T> of(Iterable<T> entries, Function<T, String> phrase) {
        return of(entries, phrase, SCAN_AT_MOST);
    }

    /** As {@link #of(Iterable, Function)}, scanning instead of building the automaton up to {@code scanAtMost}. */
    static <T> PhraseMatcher<T> of(Iterable<T> entries, Function<T, String> phrase, int scanAtMost) {
        Map<String, T> first = new LinkedHashMap<>();
        for (T entry : entries) {
            String key = AnalysedText.fold(phrase.apply(entry).strip());
            if (!key.isEmpty()) {
                first.putIfAbsent(key, entry);
            }
        }
        return new PhraseMatcher<>(new ArrayList<>(first.values()), new ArrayList<>(first.keySet()), scanAtMost);
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
        WholeWords hits = new WholeWords(text);
        if (automaton != null) {
            automaton.parseText(text.foldedChars(), hits);
        } else {
            scan(text.folded(), hits);
        }
        if (hits.size == 0) {
            return;
        }
        long[] found = Arrays.copyOf(hits.found, hits.size);
        Arrays.sort(found);
        for (long f : found) {
            int end = (int) (f >>> 32);
            int phrase = byRank[(int) f];
            visitor.match(end - phrases[phrase].length(), end, payloads.get(phrase), phrase);
        }
    }

    /** Every occurrence of every phrase, overlapping ones included, handed to {@code hits} as the automaton would. */
    private void scan(String folded, WholeWords hits) {
        for (int rank = 0; rank < ranked.length; rank++) {
            String phrase = ranked[rank];
            for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
                hits.hit(at, at + phrase.length(), null, rank);
            }
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
