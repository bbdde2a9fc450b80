package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.junit.jupiter.api.Test;

/**
 * Pins every suggestion (span, texts, confidence, reason, source) that all four sources make together on a fixed
 * multi-paragraph text, so that work on the engine's speed cannot change what it suggests. The text is the
 * development pairs' spun texts plus a few paragraphs of edge cases; the learned rules are generated from the text
 * with a fixed seed (whole-phrase swaps, dropped, inserted and kept words). To accept an intended change in output,
 * run with {@code -Dpinned.rewrite=true} and review the diff of {@value #PINNED}.
 */
class PinnedSuggestionsTest {

    private static final String PINNED = "src/test/resources/suggest/pinned-suggestions.tsv";

    private static final String EDGE_CASES = """
            😀 Officials have actually left inChina Countless traders stayed.The 60- day permits ran out.
            “The federal government has actually said nothing,” stated the source. ” If they go, we go, ” he said.
            Professionals, nevertheless, stated the source all of a sudden.  Two  spaces ,and a doubled stop..
            THE FEDERAL GOVERNMENT and The Federal Government informed RFA; ‘I’ m sure,’ she said, theSouth onSunday.
            'Single quotes stated the source' and UnitedStates YouTube McDonald 10s of thousands of 2 nations.
            Covid-19 hit a mongrel dog. “A mongrel,” she said. covid-19 again, and a Mongrel at the start""";

    @Test
    void suggestions_on_the_fixed_text_are_exactly_the_pinned_ones() throws IOException {
        String text = text();
        var engine = new SuggestionEngine(List.of(
                new MechanicalRepairs(),
                LearnedFixes.source(learnedRules(text)),
                SpinnerTable.source(SpinnerTable.load()),
                new GlossarySource(List.of(
                        new GlossaryEntry(1, "COVID-19", GlossaryKind.PREFERRED, null, null),
                        new GlossaryEntry(2, "mongrel", GlossaryKind.FORBIDDEN, "mixed-breed", null)))));
        String actual = render(engine.suggest(text));
        Path pinned = Path.of(PINNED);
        if (Boolean.getBoolean("pinned.rewrite")) {
            Files.writeString(pinned, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(pinned, StandardCharsets.UTF_8));
    }

    private static String text() throws IOException {
        var sb = new StringBuilder();
        try (var files = Files.list(Path.of("benchmarks/dev-pairs"))) {
            for (Path p : files.filter(p -> p.toString().endsWith("-spun.txt"))
                    .sorted()
                    .toList()) {
                sb.append(Files.readString(p)).append("\n\n");
            }
        }
        return sb.append(EDGE_CASES).toString();
    }

    /** 1,200 two- and three-word phrases of the text, each with one of four kinds of replacement. */
    private static List<PhraseRule> learnedRules(String text) {
        String[] words = text.split("\\s+");
        var random = new Random(7);
        List<PhraseRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; rules.size() < 1_200 && attempt < 1_000_000; attempt++) {
            int i = random.nextInt(words.length - 2);
            String[] phrase = Arrays.copyOfRange(words, i, i + 2 + random.nextInt(2));
            String from = String.join(" ", phrase).replaceAll("[^\\p{L} ]", "").strip();
            if (!from.contains(" ") || !seen.add(from.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] w = from.split(" ");
            String to = switch (rules.size() % 4) {
                case 0 -> from.toUpperCase(Locale.ROOT);
                case 1 -> String.join(" ", Arrays.copyOfRange(w, 1, w.length));
                case 2 -> w[0] + " very " + String.join(" ", Arrays.copyOfRange(w, 1, w.length));
                default ->
                    String.join(" ", Arrays.copyOf(w, w.length - 1)) + " " + w[w.length - 1].toUpperCase(Locale.ROOT);
            };
            var confidence = rules.size() % 3 == 0 ? Confidence.CONFIDENT : Confidence.POSSIBLE;
            rules.add(new PhraseRule(from, to, confidence, "learned " + rules.size()));
        }
        return rules;
    }

    private static String render(List<Suggestion> suggestions) {
        var out = new StringBuilder();
        for (Suggestion s : suggestions) {
            out.append(s.start())
                    .append('\t')
                    .append(s.end())
                    .append('\t')
                    .append(escape(s.original()))
                    .append('\t')
                    .append(escape(s.replacement()))
                    .append('\t')
                    .append(s.confidence())
                    .append('\t')
                    .append(s.source())
                    .append('\t')
                    .append(escape(s.reason()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
