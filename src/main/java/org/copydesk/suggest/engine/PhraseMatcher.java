package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds many phrases in one pass over the folded text, whole words only, so a table of thousands of phrases costs
 * little more than one. Phrases are folded like {@link AnalysedText#folded()}. A phrase may only start where no
 * word continues from the left, so the matcher walks a trie of the phrases from those places alone: a walk ends at
 * the first character no phrase continues with, which on news text is after a few characters. The trie is kept
 * in flat arrays (children sorted by character), so a walk allocates nothing.
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
    /** Phrase ids in the order of their folded text, which is the order of phrases that end at one place. */
    private final int[] rank;
    /** The inverse of {@link #rank}. */
    private final int[] byRank;
    /** Child of the root for each character below {@code rootChild.length}; -1 where none. */
    private final int[] rootChild;
    /** Node n's children are {@code childChar/childNode[firstChild[n] .. firstChild[n + 1])}, by character. */
    private final int[] firstChild;

    private final char[] childChar;
    private final int[] childNode;
    /** The phrase that ends at node n, or -1. */
    private final int[] phraseAt;

    private PhraseMatcher(List<T> payloads, List<String> keys) {
        this.payloads = List.copyOf(payloads);
        this.phrases = keys.toArray(String[]::new);
        Integer[] order = new Integer[phrases.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> phrases[a].compareTo(phrases[b]));
        this.rank = new int[phrases.length];
        this.byRank = new int[phrases.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
            byRank[i] = order[i];
        }
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        children.add(new HashMap<>());
        ends.add(-1);
        for (int p = 0; p < phrases.length; p++) {
            int node = 0;
            for (char c : phrases[p].toCharArray()) {
                Integer next = children.get(node).get(c);
                if (next == null) {
                    next = children.size();
                    children.get(node).put(c, next);
                    children.add(new HashMap<>());
                    ends.add(-1);
                }
                node = next;
            }
            ends.set(node, p);
        }
        int nodes = children.size();
        this.phraseAt = ends.stream().mapToInt(Integer::intValue).toArray();
        this.firstChild = new int[nodes + 1];
        this.childChar = new char[nodes - 1];
        this.childNode = new int[nodes - 1];
        int at = 0;
        for (int n = 0; n < nodes; n++) {
            firstChild[n] = at;
            var sorted = children.get(n).keySet().stream().sorted().toList();
            for (char c : sorted) {
                childChar[at] = c;
                childNode[at++] = children.get(n).get(c);
            }
        }
        firstChild[nodes] = at;
        int maxRootChar =
                children.getFirst().keySet().stream().mapToInt(c -> c).max().orElse(-1);
        this.rootChild = new int[maxRootChar + 1];
        Arrays.fill(rootChild, -1);
        children.getFirst().forEach((c, n) -> rootChild[c] = n);
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
        if (phrases.length == 0) {
            return;
        }
        long[] found = walk(text);
        Arrays.sort(found);
        for (long f : found) {
            int end = (int) (f >>> 32);
            int phrase = byRank[(int) f];
            visitor.match(end - phrases[phrase].length(), end, payloads.get(phrase), phrase);
        }
    }

    /** The occurrences as {@code end << 32 | rank}, unsorted. */
    private long[] walk(AnalysedText text) {
        char[] folded = text.foldedChars();
        int n = folded.length;
        long[] found = new long[64];
        int size = 0;
        boolean wordBefore = false;
        for (int start = 0; start < n; start++) {
            boolean wordHere = text.isWordChar(start);
            boolean inWord = wordHere && wordBefore;
            wordBefore = wordHere;
            char c = folded[start];
            if (inWord || c >= rootChild.length) {
                continue;
            }
            int node = rootChild[c];
            int end = start + 1;
            while (node >= 0) {
                int phrase = phraseAt[node];
                if (phrase >= 0 && !(text.isWordChar(end - 1) && text.isWordChar(end))) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = (long) end << 32 | rank[phrase];
                }
                if (end == n) {
                    break;
                }
                node = child(node, folded[end++]);
            }
        }
        return Arrays.copyOf(found, size);
    }

    private int child(int node, char c) {
        int lo = firstChild[node];
        int hi = firstChild[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = childChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return childNode[mid];
            }
        }
        return -1;
    }
}
