package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuotedSpansTest {

    @Test
    void finds_double_single_wrong_way_and_unclosed_quotes() {
        String text = "He said “stay” and ‘go’.\n” If we stay, we lose.\n“Open to the end\nnot quoted";
        var t = AnalysedText.of(text);
        assertThat(t.isQuoted(text.indexOf("stay"), text.indexOf("stay") + 4)).isTrue();
        assertThat(t.isQuoted(text.indexOf("go’"), text.indexOf("go’") + 2)).isTrue();
        assertThat(t.isQuoted(text.indexOf("If we"), text.indexOf("If we") + 5)).isTrue();
        assertThat(t.isQuoted(text.indexOf("the end"), text.indexOf("the end") + 3))
                .isTrue();
        assertThat(t.isQuoted(text.indexOf("not quoted"), text.indexOf("not quoted") + 3))
                .isFalse();
        assertThat(t.isQuoted(text.indexOf("He said"), text.indexOf("He said") + 2))
                .isFalse();
    }

    @Test
    void an_apostrophe_does_not_open_or_close_a_quote() {
        String text = "Kim Jong Un’s sister isn’t here, the defectors’ families said.";
        assertThat(AnalysedText.of(text).quotedSpans()).isEmpty();
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    /** Generated texts: spinner phrases inside random quotes must never receive a wording suggestion. */
    @ParameterizedTest
    @MethodSource("seeds")
    void suggestions_never_change_text_inside_quotes_except_mechanical(long seed) {
        var random = new Random(seed);
        List<String> phrases = List.of(
                "has actually",
                "stated",
                "all of a sudden",
                "utilized",
                "federal government",
                "informed reporters",
                "10s of countless",
                "more youthful",
                "inChina",
                "60- day");
        var sb = new StringBuilder();
        IntStream.range(0, 12).forEach(i -> {
            String phrase = phrases.get(random.nextInt(phrases.size()));
            switch (random.nextInt(4)) {
                case 0 -> sb.append("“The man ").append(phrase).append(" it,” ");
                case 1 -> sb.append("‘").append(phrase).append("’ ");
                case 2 -> sb.append("\"").append(phrase).append(" now\" ");
                default -> sb.append("They ").append(phrase).append(" it. ");
            }
            if (random.nextInt(5) == 0) {
                sb.append("\n\n");
            }
        });
        String text = sb.toString();
        var analysed = AnalysedText.of(text);
        var engine = new SuggestionEngine(List.of(new MechanicalRepairs(), SpinnerTable.source(SpinnerTable.load())));
        for (Suggestion s : engine.suggest(analysed)) {
            if (!s.source().equals(MechanicalRepairs.NAME)) {
                assertThat(analysed.isQuoted(s.start(), s.end()))
                        .as("%s in %s", s, text)
                        .isFalse();
            }
        }
    }
}
