package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.suggest.check.CheckInput;
import org.copydesk.suggest.check.LanguageToolCheck;
import org.copydesk.suggest.engine.Confidence;
import org.copydesk.suggest.engine.LearnedFixes;
import org.copydesk.suggest.engine.MechanicalRepairs;
import org.copydesk.suggest.engine.PhraseRule;
import org.copydesk.suggest.engine.SpinnerTable;
import org.copydesk.suggest.engine.SuggestionEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Suggestion throughput on a large text (the development pairs' spun texts repeated to about 4 MB): the engine
 * with mechanical repairs, the spinner table and 2,000 learned rules (two- and three-word phrases of the text), against the naive way of finding the same
 * phrases (one case-insensitive regular expression per phrase, run over the text one after another; on the first 200 KB,
 * beside the engine on the same slice), plus
 * LanguageTool's time for one paragraph. Run with {@code benchmarks/suggestions-jmh.sh}; MB/s = ops/s × text MB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SuggestionThroughputBenchmark {

    @State(Scope.Benchmark)
    public static class Text {
        String text;
        /** The first 200 KB: the naive loop is too slow for the whole text; throughput is compared per MB. */
        String slice;

        SuggestionEngine all;
        SuggestionEngine mechanicalOnly;
        List<Pattern> naive;

        @Setup
        public void load() throws IOException {
            var sb = new StringBuilder();
            try (var files = Files.list(Path.of("benchmarks/dev-pairs"))) {
                for (Path p : files.filter(p -> p.toString().endsWith("-spun.txt"))
                        .sorted()
                        .toList()) {
                    sb.append(Files.readString(p)).append("\n\n");
                }
            }
            String unit = sb.toString();
            var big = new StringBuilder();
            while (big.length() < 4_000_000) {
                big.append(unit);
            }
            text = big.toString();
            slice = text.substring(0, 200_000);
            List<PhraseRule> learned = learnedRules(unit);
            var table = SpinnerTable.load();
            all = new SuggestionEngine(
                    List.of(new MechanicalRepairs(), LearnedFixes.source(learned), SpinnerTable.source(table)));
            mechanicalOnly = new SuggestionEngine(List.of(new MechanicalRepairs()));
            naive = new ArrayList<>();
            for (var e : table) {
                naive.add(Pattern.compile("\\b" + Pattern.quote(e.spun()) + "\\b", Pattern.CASE_INSENSITIVE));
            }
            for (var r : learned) {
                naive.add(Pattern.compile("\\b" + Pattern.quote(r.from()) + "\\b", Pattern.CASE_INSENSITIVE));
            }
            System.out.printf(
                    "%ntext: %.2f MB (%d chars), %d table entries, %d learned rules%n",
                    text.length() / 1e6, text.length(), table.size(), learned.size());
        }

        /** 2,000 rules on word pairs of the text itself, so many of them match, as a team's learned table would. */
        private static List<PhraseRule> learnedRules(String unit) {
            String[] words = unit.split("\\s+");
            var random = new Random(42);
            List<PhraseRule> rules = new ArrayList<>();
            var seen = new java.util.HashSet<String>();
            for (int attempt = 0; rules.size() < 2_000 && attempt < 1_000_000; attempt++) {
                int i = random.nextInt(words.length - 2);
                int length = 2 + random.nextInt(2);
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + length))
                        .replaceAll("[^\\p{L} ]", "")
                        .strip();
                if (phrase.contains(" ") && seen.add(phrase.toLowerCase())) {
                    rules.add(new PhraseRule(phrase, phrase.toUpperCase(), Confidence.POSSIBLE, "learned"));
                }
            }
            return rules;
        }
    }

    @State(Scope.Benchmark)
    public static class Grammar {
        LanguageToolCheck check;
        final String paragraph = "The border closed in January as both countries went on lockdown to prevent the spread"
                + " of COVID-19, leaving many North Koreans stranded past their 60-day permits. Officials says they has"
                + " no plan to reopen it soon, and traders in Sinuiju are worried about there businesses.";

        @Setup
        public void start() {
            check = new LanguageToolCheck();
            check.check(new CheckInput("", paragraph, List.of()));
        }
    }

    @Benchmark
    public int engineMechanicalTableAndLearned(Text t) {
        return t.all.suggest(t.text).size();
    }

    @Benchmark
    public int mechanicalRepairsAlone(Text t) {
        return t.mechanicalOnly.suggest(t.text).size();
    }

    @Benchmark
    public int engineOnSlice(Text t) {
        return t.all.suggest(t.slice).size();
    }

    @Benchmark
    public int naiveOneRegexPerPhraseOnSlice(Text t) {
        int found = 0;
        for (Pattern p : t.naive) {
            Matcher m = p.matcher(t.slice);
            while (m.find()) {
                found++;
            }
        }
        return found;
    }

    @Benchmark
    public int languageToolOneParagraph(Grammar g) {
        return g.check.check(new CheckInput("", g.paragraph, List.of())).size();
    }
}
