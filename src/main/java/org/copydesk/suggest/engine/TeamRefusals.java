package org.copydesk.suggest.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Phrases the team's own text refuses to change: its corrected text keeps them where a learned rule could have
 * applied, or its editors rejected a suggestion to change them, too often for a rule to be confident (see {@link
 * LearnedFixes#refuses}). General knowledge gives way to this: a spinner-table entry for such a phrase is proposed
 * as <em>possible</em>, not <em>confident</em> ({@link PhraseSource#demoting}), and so is one that changes such a
 * phrase among others ({@link #refusesChange}). Phrases are compared by their words alone ({@code nevertheless,} and
 * {@code Nevertheless} are one phrase).
 */
public final class TeamRefusals {

    public static final TeamRefusals NONE = new TeamRefusals(Set.of());

    private final Set<String> phrases;

    private TeamRefusals(Set<String> phrases) {
        this.phrases = phrases;
    }

    /** A growing set of refusals, built once per rebuild of the learned rules. */
    public static final class Builder {
        private final Set<String> phrases = new HashSet<>();

        public Builder add(String phrase) {
            String key = key(phrase);
            if (!key.isEmpty()) {
                phrases.add(key);
            }
            return this;
        }

        public TeamRefusals build() {
            return phrases.isEmpty() ? NONE : new TeamRefusals(Set.copyOf(phrases));
        }
    }

    public boolean refuses(String phrase) {
        return !phrases.isEmpty() && phrases.contains(key(phrase));
    }

    /**
     * Whether the team refuses what the rule {@code from → to} changes: the whole phrase, or a run of its words that
     * the rule replaces ({@code in a declaration → in a statement} changes {@code declaration}).
     */
    public boolean refusesChange(String from, String to) {
        if (phrases.isEmpty()) {
            return false;
        }
        if (refuses(from)) {
            return true;
        }
        for (String run : changedRuns(key(from).split(" "), key(to).split(" "))) {
            if (phrases.contains(run)) {
                return true;
            }
        }
        return false;
    }

    /** The runs of {@code from}'s words outside a longest common subsequence with {@code to}'s. */
    static List<String> changedRuns(String[] from, String[] to) {
        int[][] lcs = new int[from.length + 1][to.length + 1];
        for (int i = from.length - 1; i >= 0; i--) {
            for (int j = to.length - 1; j >= 0; j--) {
                lcs[i][j] = from[i].equals(to[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < from.length) {
            if (j < to.length && from[i].equals(to[j])) {
                if (!run.isEmpty()) {
                    runs.add(String.join(" ", run));
                    run.clear();
                }
                i++;
                j++;
            } else if (j < to.length && lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                run.add(from[i++]);
            }
        }
        if (!run.isEmpty()) {
            runs.add(String.join(" ", run));
        }
        return runs;
    }

    public int size() {
        return phrases.size();
    }

    /** The phrase's words, folded, separated by single spaces; punctuation dropped. */
    static String key(String phrase) {
        return String.join(" ", AnalysedText.fold(phrase).split("[^\\p{L}\\p{N}'’]+"))
                .strip();
    }
}
