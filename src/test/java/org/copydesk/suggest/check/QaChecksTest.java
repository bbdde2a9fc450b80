package org.copydesk.suggest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.junit.jupiter.api.Test;

class QaChecksTest {

    private static List<Finding> run(QaCheck check, String source, String corrected, GlossaryEntry... glossary) {
        return check.check(new CheckInput(source, corrected, List.of(glossary)));
    }

    @Test
    void a_number_not_in_the_source_is_an_error_a_missing_one_a_warning() {
        var findings = run(new NumbersCheck(), "between 30,000 and 50,000 in 2009", "between 30000 and 5,000 in");
        assertThat(findings)
                .extracting(Finding::severity, Finding::message)
                .contains(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "The number 5,000 is not in the source."))
                .anyMatch(t -> t.toList().get(0) == Severity.WARNING);
        assertThat(findings).noneMatch(f -> f.message().contains("30000"));
    }

    @Test
    void wrong_way_quotes_are_errors_and_unpaired_ones_warnings() {
        var findings = run(new QuotesCheck(), "", "” If they go, we go,” he said. “More");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(run(new QuotesCheck(), "", "“If they go,” he said.")).isEmpty();
    }

    @Test
    void doubled_words_are_errors_except_those_english_allows() {
        assertThat(run(new DoubledWordsCheck(), "", "He went to the the market. He had had enough."))
                .extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void leftover_mechanical_damage_in_the_seed_style_is_an_error() {
        assertThat(run(new MechanicalDamageCheck(), "", "under the radar inChina Countless of their 60- day passes"))
                .hasSize(2)
                .allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void forbidden_glossary_terms_are_errors_and_misspelt_preferred_ones_warnings() {
        var findings = run(
                new GlossaryCheck(),
                "",
                "Covid-19 hit a mongrel dog.",
                new GlossaryEntry(1, "COVID-19", GlossaryKind.PREFERRED, null, null),
                new GlossaryEntry(2, "mongrel", GlossaryKind.FORBIDDEN, "mixed-breed", null));
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.ERROR);
    }
}
