package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpinnerTableTest {

    private static final List<SpinnerTable.Entry> ENTRIES = SpinnerTable.load();
    private final SuggestionEngine engine = new SuggestionEngine(List.of(SpinnerTable.source(ENTRIES)));

    private String confidentlyRepaired(String text) {
        return Suggestions.applyConfident(text, engine.suggest(text));
    }

    @Test
    void the_table_has_hundreds_of_reviewed_entries_each_with_evidence() {
        assertThat(ENTRIES).hasSizeGreaterThan(300);
        assertThat(ENTRIES).allSatisfy(e -> assertThat(e.evidence()).isIn("seed", "pps", "spinner", "editor"));
        Set<String> spun = ENTRIES.stream().map(e -> e.spun().toLowerCase()).collect(Collectors.toSet());
        assertThat(spun).hasSameSizeAs(ENTRIES);
    }

    @Test
    void a_malformed_line_is_refused_with_its_number() {
        assertThatThrownBy(() -> SpinnerTable.parse(List.of("# c", "has actually\thas\tconfident")))
                .hasMessageContaining("line 2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Officials have actually all of a sudden closed the border.|Officials have suddenly closed the border.",
                "the source stated.|the source said.",
                "Professionals, nevertheless, state the talks failed.|Experts, however, state the talks failed.",
                "10s of countless people left|tens of thousands of people left",
                "his more youthful sister|his younger sister",
                "Equated by Ann Lee.|Translated by Ann Lee.",
                "They utilized counterfeit consciousness and profound learning.|They used artificial intelligence and deep learning.",
                "He has actually informed reporters|He has told reporters",
            })
    void reverses_unambiguous_spinner_wording(String spun, String expected) {
        assertThat(confidentlyRepaired(spun)).isEqualTo(expected);
    }

    @Test
    void wording_that_depends_on_context_is_only_possible() {
        var suggestions = engine.suggest("The federal government and the nation disagree, homeowner said.");
        assertThat(suggestions).extracting(Suggestion::original).contains("federal ", "nation", "homeowner");
        assertThat(suggestions).noneMatch(Suggestion::confident);
    }

    @Test
    void never_changes_words_inside_quotation_marks() {
        String text = "“The federal government has actually stated it,” he stated. ‘Has actually’ stays. "
                + "\"We have actually utilized it\", they stated.";
        for (Suggestion s : engine.suggest(text)) {
            assertThat(AnalysedText.of(text).isQuoted(s.start(), s.end()))
                    .as("%s inside quotes", s)
                    .isFalse();
        }
        assertThat(confidentlyRepaired(text))
                .isEqualTo("“The federal government has actually stated it,” he said. ‘Has actually’ stays. "
                        + "\"We have actually utilized it\", they said.");
    }
}
