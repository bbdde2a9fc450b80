package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes the team refuses: its corrected text keeps the phrase where a learned rule could have changed it, or its
 * editors rejected the suggestion, too often for the rule to be confident (see {@link LearnedFixes#refuses}).
 * General knowledge gives way to this: a spinner-table entry that makes such a change is proposed as
 * <em>possible</em>, not <em>confident</em> ({@link PhraseSource#demoting}). Only the same change counts, compared by
 * words alone, folded ({@code , nevertheless, → , however,} is {@code nevertheless → however}); the team keeping the
 * word {@code financial} says nothing of the table's {@code financial debt → debt}. A change editors rejected also
 * counts in one run of a longer entry's words ({@code in a declaration → in a statement} shows the editor {@code
 * declaration → statement}, which is what the reject records); a word the team's text merely keeps does not ({@code
 * help} kept says nothing of {@code help vector machine → support vector machine}).
 */
public final class TeamRefusals {

    public static final TeamRefusals NONE = new TeamRefusals(Set.of(), Set.of());

    private final Set<Change> changes;
    private final Set<Change> rejected;

    private TeamRefusals(Set<Change> changes, Set<Change> rejected) {
        this.changes = changes;
        this.rejected = rejected;
    }

    /** A phrase's words and what stands instead, both as {@link #key keys}. */
    record Change(String from, String to) {}

    /** A growing set of refusals, built once per rebuild of the learned rules. */
    public static final class Builder {
        private final Set<Change> changes = new HashSet<>();
        private final Set<Change> rejected = new HashSet<>();

        /** A change the team refuses, its text keeping the phrase or its editors rejecting it. */
        public Builder add(String from, String to) {
            var change = new Change(key(from), key(to));
            if (!change.from().isEmpty()) {
                changes.add(change);
            }
            return this;
        }

        /** A change the team's editors rejected, by itself often enough to refuse it. */
        public Builder addRejected(String from, String to) {
            add(from, to);
            var change = new Change(key(from), key(to));
            if (!change.from().isEmpty()) {
                rejected.add(change);
            }
            return this;
        }

        public TeamRefusals build() {
            return changes.isEmpty() ? NONE : new TeamRefusals(Set.copyOf(changes), Set.copyOf(rejected));
        }
    }

    public int size() {
        return changes.size();
    }

    /**
     * Whether the team refuses the change {@code from → to}: as a whole, or in one run of words it replaces if
     * editors rejected that.
     */
    public boolean refusesChange(String from, String to) {
        if (changes.isEmpty()) {
            return false;
        }
        var whole = new Change(key(from), key(to));
        return changes.contains(whole)
                || !rejected.isEmpty() && changedRuns(whole).stream().anyMatch(rejected::contains);
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
