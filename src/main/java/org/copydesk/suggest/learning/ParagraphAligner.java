package org.copydesk.suggest.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Aligns the paragraphs of a spun article with those of its original. Spinners sometimes merge two paragraphs
 * or split one, and a footer or a caption may exist on one side only, so besides one-to-one the alignment allows
 * two-to-one, one-to-two and skipping a paragraph; it minimises the total dissimilarity (1 − Dice coefficient of
 * the paragraphs' word sets) by dynamic programming.
 */
public final class ParagraphAligner {

    /** Paragraphs {@code spun[spunFrom, spunTo)} correspond to {@code original[originalFrom, originalTo)}. */
    public record Group(int spunFrom, int spunTo, int originalFrom, int originalTo, double similarity) {}

    private static final double SKIP = 0.85;
    private static final double MERGE_PENALTY = 0.05;

    private ParagraphAligner() {}

    public static List<Group> align(List<String> spun, List<String> original) {
        int n = spun.size();
        int m = original.size();
        List<Set<String>> s = spun.stream().map(ParagraphAligner::words).toList();
        List<Set<String>> o = original.stream().map(ParagraphAligner::words).toList();
        double[][] cost = new double[n + 1][m + 1];
        int[][] step = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                consider(cost, step, i, j, 1, i >= 1 ? cost[i - 1][j] + SKIP : Double.MAX_VALUE);
                consider(cost, step, i, j, 2, j >= 1 ? cost[i][j - 1] + SKIP : Double.MAX_VALUE);
                if (i >= 1 && j >= 1) {
                    consider(cost, step, i, j, 3, cost[i - 1][j - 1] + 1 - dice(s.get(i - 1), o.get(j - 1)));
                }
                if (i >= 2 && j >= 1) {
                    consider(
                            cost,
                            step,
                            i,
                            j,
                            4,
                            cost[i - 2][j - 1]
                                    + 1
                                    + MERGE_PENALTY
                                    - dice(union(s.get(i - 2), s.get(i - 1)), o.get(j - 1)));
                }
                if (i >= 1 && j >= 2) {
                    consider(
                            cost,
                            step,
                            i,
                            j,
                            5,
                            cost[i - 1][j - 2]
                                    + 1
                                    + MERGE_PENALTY
                                    - dice(s.get(i - 1), union(o.get(j - 2), o.get(j - 1))));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (step[i][j]) {
                case 1 -> i--;
                case 2 -> j--;
                case 3 -> {
                    groups.add(new Group(i - 1, i, j - 1, j, dice(s.get(i - 1), o.get(j - 1))));
                    i--;
                    j--;
                }
                case 4 -> {
                    groups.add(new Group(i - 2, i, j - 1, j, dice(union(s.get(i - 2), s.get(i - 1)), o.get(j - 1))));
                    i -= 2;
                    j--;
                }
                case 5 -> {
                    groups.add(new Group(i - 1, i, j - 2, j, dice(s.get(i - 1), union(o.get(j - 2), o.get(j - 1)))));
                    i--;
                    j -= 2;
                }
                default -> throw new IllegalStateException("no alignment step at " + i + ", " + j);
            }
        }
        return groups.reversed();
    }

    /** Paragraphs of a text: blocks separated by blank lines, trimmed, empty ones dropped. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = block.strip().replaceAll("\\s*\n\\s*", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static void consider(double[][] cost, int[][] step, int i, int j, int kind, double value) {
        if (value < cost[i][j]) {
            cost[i][j] = value;
            step[i][j] = kind;
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (Token t : Token.of(text)) {
            if (t.isWord()) {
                words.add(t.key().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
