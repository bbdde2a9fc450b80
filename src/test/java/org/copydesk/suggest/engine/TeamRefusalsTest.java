package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's refusals turn general knowledge from confident into possible, and nothing else. */
class TeamRefusalsTest {

    private static final PhraseSource TABLE = new PhraseSource(
            "spinner-table",
            List.of(
                    new PhraseRule(", nevertheless,", ", however,", Confidence.CONFIDENT, "table"),
                    new PhraseRule("in a declaration", "in a statement", Confidence.CONFIDENT, "table"),
                    new PhraseRule("stated", "said", Confidence.CONFIDENT, "table"),
                    new PhraseRule("indeed,", "", Confidence.CONFIDENT, "table")));

    private static List<Suggestion> suggest(PhraseSource source, String text) {
        return source.suggest(AnalysedText.of(text));
    }

    @Test
    void changes_are_compared_by_their_words_alone() {
        var refusals = new TeamRefusals.Builder().add("Nevertheless", "however").build();
        assertThat(refusals.refusesChange(", nevertheless,", ", however,")).isTrue();
        assertThat(refusals.refusesChange("NEVERTHELESS", "However")).isTrue();
        assertThat(refusals.refusesChange("nevertheless", "still"))
                .as("another change")
                .isFalse();
        assertThat(new TeamRefusals.Builder().add(" , ", "").build()).isSameAs(TeamRefusals.NONE);
    }

    private static List<TeamRefusals.Change> runs(String from, String to) {
        return TeamRefusals.changedRuns(new TeamRefusals.Change(from, to));
    }

    @Test
    void the_runs_a_rule_changes_are_the_words_outside_what_it_keeps_with_what_stands_instead() {
        assertThat(runs("in a declaration", "in a statement"))
                .containsExactly(new TeamRefusals.Change("declaration", "statement"));
        assertThat(runs("stated in a declaration today", "said in a statement today"))
                .containsExactly(
                        new TeamRefusals.Change("stated", "said"), new TeamRefusals.Change("declaration", "statement"));
        assertThat(runs("federal government", "government")).containsExactly(new TeamRefusals.Change("federal", ""));
        assertThat(runs("lots of", "many")).containsExactly(new TeamRefusals.Change("lots of", "many"));
        assertThat(runs("indeed", "")).containsExactly(new TeamRefusals.Change("indeed", ""));
    }

    @Test
    void rejecting_a_change_says_nothing_of_another_change_to_the_same_word() {
        var refusals = new TeamRefusals.Builder().add("financial", "economic").build();
        assertThat(refusals.refusesChange("financial debt", "debt")).isFalse();
        assertThat(refusals.refusesChange("financial factors", "economic factors"))
                .isTrue();
    }

    @Test
    void a_confident_entry_whose_changed_words_the_team_keeps_is_only_possible() {
        var refusals = new TeamRefusals.Builder()
                .add("nevertheless", "however")
                .add("declaration", "statement")
                .build();
        var demoted = TABLE.demoting(refusals);
        String text = "Experts, nevertheless, spoke in a declaration and stated it.";

        var before = suggest(TABLE, text);
        var after = suggest(demoted, text);

        assertThat(before).extracting(Suggestion::confidence).containsOnly(Confidence.CONFIDENT);
        assertThat(after)
                .extracting(Suggestion::original, Suggestion::replacement, Suggestion::confidence)
                .containsExactlyInAnyOrder(
                        tuple("nevertheless,", "however,", Confidence.POSSIBLE),
                        tuple("declaration", "statement", Confidence.POSSIBLE),
                        tuple("stated", "said", Confidence.CONFIDENT));
        assertThat(after.stream().filter(s -> !s.confident()))
                .allSatisfy(s -> assertThat(s.reason()).isEqualTo("table" + PhraseSource.REFUSED));
        assertThat(after)
                .extracting(Suggestion::start, Suggestion::end)
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(s -> tuple(s.start(), s.end())).toList());
    }

    @Test
    void spellings_worked_out_from_the_text_and_sentence_openers_are_demoted_too() {
        var demoted = TABLE.demoting(new TeamRefusals.Builder()
                .add("Indeed,", "")
                .add("stated", "said")
                .build());
        var after = suggest(demoted, "It rained. Indeed, STATED twice.");
        assertThat(after).isNotEmpty().extracting(Suggestion::confidence).containsOnly(Confidence.POSSIBLE);
        assertThat(after).extracting(Suggestion::original).contains("STATED");
    }

    @Test
    void a_possible_entry_whose_change_the_team_refused_says_so_too() {
        var possible = new PhraseSource(
                "spinner-table", List.of(new PhraseRule("stated", "said", Confidence.POSSIBLE, "table")));
        var after = suggest(
                possible.demoting(
                        new TeamRefusals.Builder().add("stated", "said").build()),
                "He stated it.");
        assertThat(after)
                .singleElement()
                .satisfies(s -> assertThat(s.confidence()).isEqualTo(Confidence.POSSIBLE))
                .satisfies(s -> assertThat(s.reason()).isEqualTo("table" + PhraseSource.REFUSED));
    }

    @Test
    void a_source_nothing_of_which_is_refused_is_returned_as_it_is() {
        assertThat(TABLE.demoting(TeamRefusals.NONE)).isSameAs(TABLE);
        assertThat(TABLE.demoting(
                        new TeamRefusals.Builder().add("stated", "declared").build()))
                .isSameAs(TABLE);
    }

    @Test
    void a_change_is_refused_when_rejected_twice_and_not_made_ten_times_as_often() {
        assertThat(LearnedFixes.refuses(0, 2))
                .as("two rejects of a rule never made")
                .isTrue();
        assertThat(LearnedFixes.refuses(0, 1))
                .as("once may be the place, not the phrase")
                .isFalse();
        assertThat(LearnedFixes.refuses(13, 2)).isTrue();
        assertThat(LearnedFixes.refuses(20, 2)).as("made ten times as often").isFalse();
        assertThat(LearnedFixes.refuses(5, 0)).as("never rejected").isFalse();
    }
}
