package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word spinner of one of two families, for measuring what Copydesk learns from reference pairs
 * (benchmarks/teach.sh). Like the thesaurus spinners it imitates, it works on one paragraph at a time and:
 *
 * <ul>
 *   <li>replaces some of the occurrences of the words and short phrases of its thesaurus ({@code
 *       benchmarks/teach/thesaurus.tsv}, written for this benchmark) with one of that entry's small fixed set, the
 *       longest phrase first, keeping a capital at a sentence start; capitalised words inside a sentence (names) are
 *       left alone. How many and which one is what tells the {@link Family families} apart;
 *   <li>inserts fillers: {@code actually}, {@code really} or {@code in fact} after an auxiliary verb
 *       ({@value #FILLER_RATE}), and {@code Indeed,} or {@code As a matter of fact,} before a sentence
 *       ({@value #OPENER_RATE});
 *   <li>damages the text mechanically: a sentence break lost with its full stop and space, so two words are glued
 *       ({@value #GLUE_RATE} of the breaks), a hyphenated word broken after its hyphen ({@value #HYPHEN_RATE}), and
 *       two paragraphs merged into one ({@value #MERGE_RATE}).
 * </ul>
 *
 * Quoted speech is left as it is, as real spinners leave it. Everything is drawn from one {@link Random} seeded by the caller, so a seed gives the same spun text every time.
 */
final class SyntheticSpinner {

    /** How a spinner picks its replacements. */
    enum Family {
        /**
         * Replaces half of the occurrences, with a replacement chosen at random per occurrence: the evidence for each
         * swap is spread thin. The benchmark's first family, kept as it was written before the learner was measured.
         */
        SCATTERED(0.5, Double.NaN),
        /**
         * Replaces most occurrences, nearly always with the same replacement, as the seed's spinner does: in
         * benchmarks/dev-pairs/00, of the 34 occurrences of the ten words it changed at least once, it changed 29
         * (85 %), 28 of them to that word's usual replacement (`said` → `stated` 10 times of 11). Each spinner
         * draws its usual replacement per entry from its seed; 5 % of the swaps take another.
         */
        CONSISTENT(0.85, 0.95);

        /** The share of occurrences swapped. */
        final double swapRate;
        /** The share of swaps that take the entry's usual replacement; none for a scattered spinner, which has none. */
        final double usualChoice;

        Family(double swapRate, double usualChoice) {
            this.swapRate = swapRate;
            this.usualChoice = usualChoice;
        }
    }

    static final double FILLER_RATE = 0.15;
    static final double OPENER_RATE = 0.04;
    static final double GLUE_RATE = 0.04;
    static final double HYPHEN_RATE = 0.5;
    static final double MERGE_RATE = 0.05;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|\\s+|.");
    private static final Set<String> AUXILIARIES =
            Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "should");
    private static final List<String> FILLERS = List.of("actually", "really", "in fact");
    private static final List<String> OPENERS = List.of("Indeed, ", "As a matter of fact, ");
    private static final Set<String> LOWER_AFTER_OPENER =
            Set.of("The", "This", "That", "These", "Those", "We", "It", "There", "Our", "In", "A", "An", "If");
    private static final Set<String> OPENING_QUOTES = Set.of("“", "‘");
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "’");
    private static final int LONGEST = 4;

    private final Map<String, List<String>> thesaurus;
    private final Family family;
    private final Map<String, String> usual = new HashMap<>();

    /** A spinner of the family; a consistent one draws each entry's usual replacement from {@code seed}. */
    SyntheticSpinner(Map<String, List<String>> thesaurus, Family family, long seed) {
        this.thesaurus = thesaurus;
        this.family = family;
        Random random = new Random(seed);
        thesaurus.keySet().stream().sorted().forEach(phrase -> {
            List<String> choices = thesaurus.get(phrase);
            usual.put(phrase, choices.get(random.nextInt(choices.size())));
        });
    }

    static SyntheticSpinner load(Path tsv, Family family, long seed) throws IOException {
        Map<String, List<String>> thesaurus = new HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            thesaurus.put(parts[0].toLowerCase(Locale.ROOT), List.of(parts[1].split("\\|")));
        }
        return new SyntheticSpinner(thesaurus, family, seed);
    }

    /** The spun article: paragraphs separated by blank lines, some merged. */
    String spin(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = spinParagraph(paragraphs.get(i), random);
            if (i + 1 < paragraphs.size() && random.nextDouble() < MERGE_RATE) {
                p = p + " " + spinParagraph(paragraphs.get(++i), random);
            }
            out.add(p);
        }
        return String.join("\n\n", out) + "\n";
    }

    String spinParagraph(String paragraph, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(paragraph);
        while (m.find()) {
            tokens.add(m.group());
        }
        StringBuilder out = new StringBuilder();
        boolean sentenceStart = true;
        boolean quoted = false;
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (!isWord(t)) {
                out.append(t);
                quoted = t.equals("\"") ? !quoted : OPENING_QUOTES.contains(t) || quoted && !CLOSING_QUOTES.contains(t);
                if (t.equals(".") || t.equals("?") || t.equals("!")) {
                    sentenceStart = true;
                    if (glue(tokens, i) && random.nextDouble() < GLUE_RATE) {
                        i += 2; // drop the full stop and the space: "Russia. Secondly" → "RussiaSecondly"
                        out.setLength(out.length() - 1);
                        continue;
                    }
                } else if (t.equals("-")
                        && i > 0
                        && isWord(tokens.get(i - 1))
                        && i + 1 < tokens.size()
                        && isWord(tokens.get(i + 1))
                        && random.nextDouble() < HYPHEN_RATE) {
                    out.append(' ');
                }
                i++;
                continue;
            }
            if (quoted) {
                out.append(t);
                i++;
                continue;
            }
            boolean capital = Character.isUpperCase(t.charAt(0));
            if (sentenceStart && random.nextDouble() < OPENER_RATE) {
                String opener = OPENERS.get(random.nextInt(OPENERS.size()));
                out.append(opener);
                if (LOWER_AFTER_OPENER.contains(t)) {
                    tokens.set(i, t.toLowerCase(Locale.ROOT));
                    t = tokens.get(i);
                    capital = false;
                }
                sentenceStart = false;
            }
            int[] matched = capital && !sentenceStart ? null : longestPhrase(tokens, i);
            if (matched != null && random.nextDouble() < family.swapRate) {
                String replacement = replacement(phrase(tokens, i, matched[0]), random);
                out.append(
                        capital
                                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
                                : replacement);
                i = matched[0];
            } else {
                out.append(t);
                i++;
            }
            sentenceStart = false;
            if (AUXILIARIES.contains(t.toLowerCase(Locale.ROOT)) && random.nextDouble() < FILLER_RATE) {
                out.append(' ').append(FILLERS.get(random.nextInt(FILLERS.size())));
            }
        }
        return out.toString();
    }

    private String replacement(String phrase, Random random) {
        List<String> choices = thesaurus.get(phrase);
        if (family == Family.SCATTERED) {
            return choices.get(random.nextInt(choices.size()));
        }
        if (random.nextDouble() < family.usualChoice || choices.size() == 1) {
            return usual.get(phrase);
        }
        List<String> others =
                choices.stream().filter(c -> !c.equals(usual.get(phrase))).toList();
        return others.get(random.nextInt(others.size()));
    }

    /** The end (exclusive token index) of the longest thesaurus phrase starting at word {@code i}, or null. */
    private int[] longestPhrase(List<String> tokens, int i) {
        int[] best = null;
        int words = 0;
        for (int j = i; j < tokens.size() && words < LONGEST; j++) {
            String t = tokens.get(j);
            if (isWord(t)) {
                words++;
                if (thesaurus.containsKey(phrase(tokens, i, j + 1))) {
                    best = new int[] {j + 1};
                }
            } else if (!t.equals(" ")) {
                break;
            }
        }
        return best;
    }

    private static String phrase(List<String> tokens, int from, int to) {
        return String.join("", tokens.subList(from, to)).toLowerCase(Locale.ROOT);
    }

    /** A full stop between two words: "word. Word". */
    private static boolean glue(List<String> tokens, int i) {
        return i > 0
                && isWord(tokens.get(i - 1))
                && i + 2 < tokens.size()
                && tokens.get(i + 1).equals(" ")
                && isWord(tokens.get(i + 2))
                && Character.isUpperCase(tokens.get(i + 2).charAt(0));
    }

    private static boolean isWord(String t) {
        return Character.isLetterOrDigit(t.charAt(0));
    }
}
