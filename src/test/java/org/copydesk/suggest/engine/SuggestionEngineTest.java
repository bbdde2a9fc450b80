package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.junit.jupiter.api.Test;

class SuggestionEngineTest {

    private static SuggestionSource fixed(String name, Suggestion... suggestions) {
        return new SuggestionSource() {
            public String name() {
                return name;
            }

            public List<Suggestion> suggest(AnalysedText text) {
                return List.of(suggestions);
            }
        };
    }

    private static Suggestion s(int start, int end, Confidence c, String source) {
        return new Suggestion(start, end, "x".repeat(end - start), "y", c, "r", source);
    }

    @Test
    void keeps_a_sorted_non_overlapping_set_preferring_confident_then_earlier_sources() {
        var engine = new SuggestionEngine(List.of(
                fixed("a", s(0, 5, Confidence.POSSIBLE, "a"), s(10, 12, Confidence.CONFIDENT, "a")),
                fixed(
                        "b",
                        s(3, 8, Confidence.CONFIDENT, "b"),
                        s(11, 15, Confidence.CONFIDENT, "b"),
                        s(20, 22, Confidence.POSSIBLE, "b"))));
        var result = engine.suggest("x".repeat(30));
        assertThat(result).extracting(Suggestion::start).containsExactly(3, 10, 20);
    }

    @Test
    void offsets_are_utf16_code_units_of_the_text() {
        String text = "😀 Officials have actually left inChina.";
        var engine = new SuggestionEngine(List.of(new MechanicalRepairs(), SpinnerTable.source(SpinnerTable.load())));
        for (Suggestion s : engine.suggest(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.original());
        }
        assertThat(Suggestions.applyConfident(text, engine.suggest(text)))
                .isEqualTo("😀 Officials have left in China.");
    }

    @Test
    void glossary_terms_become_confident_suggestions_outside_quotes() {
        var glossary = new GlossarySource(List.of(
                new GlossaryEntry(1, "COVID-19", GlossaryKind.PREFERRED, null, null),
                new GlossaryEntry(2, "mongrel", GlossaryKind.FORBIDDEN, "mixed-breed", null)));
        String text = "Covid-19 hit a mongrel dog. “A mongrel,” she said.";
        var result = new SuggestionEngine(List.of(glossary)).suggest(text);
        assertThat(result).extracting(Suggestion::replacement).containsExactly("COVID-19", "mixed-breed");
        assertThat(result).allMatch(Suggestion::confident);
    }

    @Test
    void learned_rules_are_a_phrase_source_too() {
        var learned =
                LearnedFixes.source(List.of(new PhraseRule("sibling", "sister", Confidence.CONFIDENT, "learned")));
        assertThat(new SuggestionEngine(List.of(learned)).suggest("Kim’s sibling said. Sibling rivalry."))
                .extracting(Suggestion::replacement)
                .containsExactly("sister", "Sister");
    }

    @Test
    void a_learned_rule_is_confident_only_with_enough_evidence_no_reject_and_rarely_refused_or_rivalled() {
        assertThat(standing(2, 0, 0, 0, 2, 0)).isEqualTo(Confidence.CONFIDENT);
        assertThat(standing(1, 0, 0, 0, 1, 0)).as("one document").isEqualTo(Confidence.POSSIBLE);
        assertThat(standing(5, 5, 1, 0, 3, 0)).as("rejected by an editor").isEqualTo(Confidence.POSSIBLE);
        assertThat(standing(5, 0, 0, 0, 3, 1)).as("a rival replacement").isEqualTo(Confidence.POSSIBLE);
        assertThat(standing(5, 0, 0, 1, 3, 0)).as("made five times, kept once").isEqualTo(Confidence.POSSIBLE);
        assertThat(standing(6, 0, 0, 1, 3, 0)).as("made six times, kept once").isEqualTo(Confidence.CONFIDENT);
        assertThat(standing(11, 0, 0, 1, 3, 1))
                .as("made 11 times, kept once, one rival")
                .isEqualTo(Confidence.POSSIBLE);
        assertThat(standing(12, 0, 0, 1, 5, 1))
                .as("made 12 times, kept once, one rival")
                .isEqualTo(Confidence.CONFIDENT);
    }

    @Test
    void a_filler_deleted_after_several_anchors_vouches_for_an_anchor_seen_once() {
        var one = new LearnedFixes.Standing("should actually", "should", 1, 0, 0, 0, 1, 0);
        var pool = new PooledEvidence();
        pool.add("is actually", "is", 3, 0, 2);
        pool.add("was actually", "was", 2, 0, 1);
        assertThat(LearnedFixes.confidence(one, 2, pool)).as("two anchors").isEqualTo(Confidence.POSSIBLE);
        pool.add("have actually", "have", 1, 0, 1);
        pool.add("should actually", "should", 1, 0, 1);
        assertThat(LearnedFixes.confidence(one, 2, pool)).isEqualTo(Confidence.CONFIDENT);
        var kept = new LearnedFixes.Standing("should actually", "should", 1, 0, 0, 1, 1, 0);
        assertThat(LearnedFixes.confidence(kept, 2, pool)).as("kept once").isEqualTo(Confidence.POSSIBLE);
        var swap = new LearnedFixes.Standing("actually", "really", 1, 0, 0, 0, 1, 0);
        assertThat(LearnedFixes.confidence(swap, 2, pool)).as("not a deletion").isEqualTo(Confidence.POSSIBLE);
        pool.add("are actually", "are", 1, 2, 1);
        assertThat(LearnedFixes.confidence(one, 2, pool))
                .as("the filler itself is kept too often")
                .isEqualTo(Confidence.POSSIBLE);
    }

    @Test
    void an_opener_rule_applies_at_a_sentence_start_and_gives_the_next_word_its_capital() {
        var learned = LearnedFixes.source(List.of(new PhraseRule("indeed,", "", Confidence.CONFIDENT, "learned")));
        String text = "Indeed, the vote passed. It was, indeed, late.\nIndeed, Mr Li left.";
        var result = new SuggestionEngine(List.of(learned)).suggest(text);
        assertThat(result).extracting(Suggestion::original).containsExactly("Indeed, the", "Indeed, ");
        assertThat(Suggestions.apply(text, result)).isEqualTo("The vote passed. It was, indeed, late.\nMr Li left.");
    }

    private static Confidence standing(int made, int accepted, int rejected, int kept, int documents, int rivals) {
        return LearnedFixes.confidence(
                new LearnedFixes.Standing("a", "b", made, accepted, rejected, kept, documents, rivals), 2);
    }

    @Test
    void spin_residue_is_the_share_of_detected_spans_still_present() {
        var engine = new SuggestionEngine(List.of(SpinnerTable.source(SpinnerTable.load())));
        String source = "He has actually left, the source stated.";
        assertThat(SpinResidue.of(engine, source, source).share()).isEqualTo(1.0);
        assertThat(SpinResidue.of(engine, source, "He has left, the source stated.")
                        .share())
                .isEqualTo(0.5);
        assertThat(SpinResidue.of(engine, source, "He has left, the source said.")
                        .share())
                .isZero();
    }

    @Test
    void a_stray_space_counts_as_left_until_it_is_gone_from_its_place() {
        var engine = new SuggestionEngine(List.of(new MechanicalRepairs()));
        String source = "‘I’ m simply attempting to feed my family’";
        assertThat(SpinResidue.of(engine, source, source)).isEqualTo(new SpinResidue(1, 1));
        assertThat(SpinResidue.of(engine, source, "‘I’m simply attempting to feed my family’"))
                .isEqualTo(new SpinResidue(1, 0));
    }
}
