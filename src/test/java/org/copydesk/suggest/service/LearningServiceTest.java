package org.copydesk.suggest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.MadeUpWords.word;

import java.util.List;
import java.util.Optional;
import org.copydesk.security.Role;
import org.copydesk.suggest.engine.AnalysedText;
import org.copydesk.suggest.engine.Confidence;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Teaching from reference pairs, against the real database where rules and their evidence are stored. */
@CopydeskContext
class LearningServiceTest {

    @Autowired
    LearningService learning;

    @Autowired
    SuggestionService suggestions;

    private void teach(String spun, String original) {
        assertThat(AsUser.call("admin", () -> learning.learnFromPair(spun, original), Role.ADMIN))
                .isInstanceOf(PairResult.Learned.class);
    }

    private Optional<LearnedRuleView> rule(String from, String to) {
        List<LearnedRuleView> rules = AsUser.call("admin", () -> learning.rules(), Role.ADMIN);
        return rules.stream()
                .filter(r -> r.from().equals(from) && r.to().equals(to))
                .findFirst();
    }

    @Test
    void a_swap_seen_in_two_pairs_becomes_confident() {
        String spun = word();
        String original = word();
        teach("The council " + spun + " the plan on Monday.", "The council " + original + " the plan on Monday.");
        assertThat(rule(spun, original))
                .get()
                .extracting(LearnedRuleView::confidence)
                .isEqualTo("possible");
        teach("Ministers " + spun + " a budget in May.", "Ministers " + original + " a budget in May.");
        assertThat(rule(spun, original))
                .get()
                .extracting(LearnedRuleView::confidence)
                .isEqualTo("confident");
    }

    @Test
    void a_phrase_the_originals_use_themselves_counts_against_its_rule() {
        String spun = word();
        String original = word();
        String other = word();
        teach("The council " + spun + " the plan on Monday.", "The council " + original + " the plan on Monday.");
        teach("Ministers " + spun + " a budget in May.", "Ministers " + original + " a budget in May.");
        // the spinner turned the author's own word `spun` into `other` here: `spun` is natural wording after all
        teach("The mayor " + other + " the bridge in June.", "The mayor " + spun + " the bridge in June.");
        var rule = rule(spun, original).orElseThrow();
        assertThat(rule.rejected()).isEqualTo(1);
        assertThat(rule.confidence()).isEqualTo("possible");
    }

    @Test
    void a_filler_deleted_in_one_pair_splits_a_change_in_the_next_into_its_deletion_and_the_swap() {
        String filler = word();
        String spun = word();
        String original = word();
        teach("The talks are " + filler + " over now.", "The talks are over now.");
        teach("They have " + filler + " " + spun + " the report.", "They have " + original + " the report.");
        assertThat(rule("have " + filler, "have")).isPresent();
        assertThat(rule(spun, original)).isPresent();
        assertThat(rule(filler + " " + spun, original)).isPresent();
    }

    @Test
    void a_rule_learned_later_counts_the_places_an_earlier_example_kept_its_phrase() {
        String spun = word();
        String original = word();
        // the first pair keeps `spun` as it is (in another case): the rule made from the second pair was wrong there
        teach(
                "The council " + spun.toUpperCase() + " the plan on Monday.",
                "The council " + spun.toUpperCase() + " the plan on Monday.");
        teach("Ministers " + spun + " a budget in May.", "Ministers " + original + " a budget in May.");
        var rule = rule(spun, original).orElseThrow();
        assertThat(rule.accepted()).isEqualTo(1);
        assertThat(rule.rejected()).isEqualTo(1);
    }

    @Test
    void a_phrase_without_plain_letters_is_still_checked_against_every_earlier_example() {
        String original = word();
        teach("Ils ont dit éé hier.", "Ils ont dit éé hier.");
        teach("Le maire a dit éé hier.", "Le maire a dit " + original + " hier.");
        var rule = rule("éé", original).orElseThrow();
        assertThat(rule.rejected()).isEqualTo(1);
    }

    @Test
    void the_word_that_narrows_the_examples_is_the_longest_plain_run_of_the_folded_phrase() {
        assertThat(LearningService.longestPlainWord("has actually")).isEqualTo("actually");
        assertThat(LearningService.longestPlainWord("60-day plan's")).isEqualTo("plan");
        assertThat(LearningService.longestPlainWord("éé")).isEmpty();
        assertThat(LearningService.longestPlainWord("café au lait")).isEqualTo("lait");
    }

    @Test
    void a_filler_deleted_after_several_anchors_makes_each_of_its_deletions_confident_from_one_pair() {
        String filler = word();
        teach("The talks are " + filler + " over now.", "The talks are over now.");
        teach("Ministers have " + filler + " left the room.", "Ministers have left the room.");
        teach("The vote was " + filler + " late again.", "The vote was late again.");
        assertThat(rule("was " + filler, "was"))
                .get()
                .extracting(LearnedRuleView::confidence)
                .as("three anchors in three pairs are not yet enough")
                .isEqualTo("possible");
        teach("The council will " + filler + " sign the treaty.", "The council will sign the treaty.");
        assertThat(rule("was " + filler, "was"))
                .get()
                .extracting(LearnedRuleView::confidence)
                .isEqualTo("confident");
        assertThat(rule("will " + filler, "will"))
                .get()
                .extracting(LearnedRuleView::confidence)
                .isEqualTo("confident");
    }

    @Test
    void a_deleted_sentence_opener_is_one_rule_whatever_word_follows_it() {
        String opener = word();
        String capitalised = Character.toUpperCase(opener.charAt(0)) + opener.substring(1);
        teach(capitalised + ", the talks are over. It rained.", "The talks are over. It rained.");
        teach("We met. " + capitalised + ", we left early.", "We met. We left early.");
        assertThat(rule(opener + ",", ""))
                .get()
                .extracting(LearnedRuleView::confidence)
                .isEqualTo("confident");
        String text = "Votes count. " + capitalised + ", these apply.";
        var suggestion = learning.source().fixes().suggest(AnalysedText.of(text)).stream()
                .filter(s -> s.original().startsWith(capitalised))
                .findFirst()
                .orElseThrow();
        assertThat(suggestion.replacement()).isEqualTo("These");
        AsUser.editor(() -> {
            learning.recordDecision(text, suggestion, false);
            return null;
        });
        assertThat(rule(opener + ",", ""))
                .get()
                .as("an editor's reject counts against the opener rule")
                .extracting(LearnedRuleView::confidence)
                .isEqualTo("possible");
    }

    private Suggestion financiers(String text) {
        return AsUser.editor(() -> suggestions.suggest(text)).stream()
                .filter(s -> s.original().equals("financiers"))
                .findFirst()
                .orElseThrow();
    }

    private void reject(String text, Suggestion s) {
        AsUser.editor(() -> {
            learning.recordDecision(text, s, false);
            return null;
        });
    }

    @Test
    void editors_rejecting_a_spinner_table_suggestion_twice_make_it_possible_for_the_team() {
        String text = "The financiers met on Monday.";
        var table = financiers(text);
        assertThat(table.source()).isEqualTo("spinner-table");
        assertThat(table.confidence()).isEqualTo(Confidence.CONFIDENT);
        reject(text, table);
        assertThat(financiers(text).confidence())
                .as("one reject may be the place, not the phrase")
                .isEqualTo(Confidence.CONFIDENT);
        reject(text, table);
        var rule = rule("financiers", "investors").orElseThrow();
        try {
            var demoted = financiers(text);
            assertThat(demoted.confidence()).isEqualTo(Confidence.POSSIBLE);
            assertThat(demoted.reason()).contains("your team has rejected this change");
        } finally {
            AsUser.call("admin", () -> learning.retire(rule.id()), Role.ADMIN);
        }
        assertThat(financiers(text).confidence())
                .as("a retired rule refuses nothing")
                .isEqualTo(Confidence.CONFIDENT);
    }
}
