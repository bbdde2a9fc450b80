package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes the team's editors refuse: they rejected the suggestion at least twice and did not make the change ten times
 * as often (see {@link LearnedFixes#refuses}). General knowledge gives way to this: a spinner-table entry that makes
 * such a change, as a whole or in one run of its words, is proposed as <em>possible</em>, not <em>confident</em>
 * ({@link PhraseSource#demoting}). Changes are compared by their words alone, folded ({@code , nevertheless, → ,
 * however,} is {@code nevertheless → however}); a run counts because the editor sees and rejects only the words that
 * change ({@code in a declaration → in a statement} shows {@code declaration → statement}). Another change to the same
 * words does not count: rejecting {@code financial → economic} says nothing of {@code financial debt → debt}. A phrase
 * the team's text merely keeps does not count either: a saved paragraph may be unfinished work.
 */
public final class TeamRefusals {

    public static final TeamRefusals NONE = new TeamRefusals(Set.of());

    private final Set<Change> changes;

    private TeamRefusals(Set<Change> changes) {
        this.changes = changes;
    }

    /** A phrase's words and what stands instead, both as {@link #key keys}. */
    record Change(String from, String to) {}

    /** A growing set of refusals, built once per rebuild of the learned rules. */
    public static final class Builder {
        private final Set<Change> changes = new HashSet<>();

        /** A change the team's editors refused. */
        public Builder add(String from, String to) {
            var change = new Change(key(from), key(to));
            if (!change.from().isEmpty()) {
                changes.add(change);
            }
            return this;
        }

        public TeamRefusals build() {
            return changes.isEmpty() ? NONE : new TeamRefusals(Set.copyOf(changes));
        }
    }

    /** Whether the team refuses the change {@code from → to}, as a whole or in one run of words it replaces. */
    public boolean refusesChange(String from, String to) {
        if (changes.isEmpty()) {
            return false;
        }
        var whole = new Change(key(from), key(to));
        return changes.contains(whole) || changedRuns(whole).stream().anyMatch(changes::contains);
    }

    /**
     * The runs of words a change replaces, each with what stands instead: the stretches between the words a longest
     * common subsequence of both sides keeps ({@code stated in a declaration → said in a statement}: {@code stated →
     * said} and {@code declaration → statement}).
     */
    static List<Change> changedRuns(Change change) {
        String[] from = words(change.from());
        String[] to = words(change.to());
        int[][] lcs = new int[from.length + 1][to.length + 1];
        for (int i = from.length - 1; i >= 0; i--) {
            for (int j = to.length - 1; j >= 0; j--) {
                lcs[i][j] = from[i].equals(to[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> runs = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < from.length || j < to.length) {
            if (i < from.length && j < to.length && from[i].equals(to[j])) {
                flush(removed, added, runs);
                i++;
                j++;
            } else if (j < to.length && (i == from.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(to[j++]);
            } else {
                removed.add(from[i++]);
            }
        }
        flush(removed, added, runs);
        return runs;
    }

    private static void flush(List<String> removed, List<String> added, List<Change> runs) {
        if (!removed.isEmpty()) {
            runs.add(new Change(String.join(" ", removed), String.join(" ", added)));
        }
        removed.clear();
        added.clear();
    }

    private static String[] words(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    /** The phrase's words, folded, separated by single spaces; punctuation dropped. */
    static String key(String phrase) {
        return String.join(" ", AnalysedText.fold(phrase).split("[^\\p{L}\\p{N}'’]+"))
                .strip();
    }
}
