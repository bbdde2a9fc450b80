package org.copydesk.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.copydesk.article.FourEyes;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.StatusChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The paragraph's review state machine: every status against every step, allowed or refused with a reason. */
class ParagraphReviewTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    enum Step {
        SUBMIT(Paragraph::submit),
        APPROVE(p -> p.approve("reviewer")),
        REQUEST_CHANGES(Paragraph::requestChanges);

        final Function<Paragraph, StatusChange> apply;

        Step(Function<Paragraph, StatusChange> apply) {
            this.apply = apply;
        }
    }

    /** Where each step leads from each status; a missing entry means the step is refused. */
    private static final Map<ParagraphStatus, Map<Step, ParagraphStatus>> ALLOWED = new EnumMap<>(Map.of(
            ParagraphStatus.UNTOUCHED, Map.of(Step.SUBMIT, ParagraphStatus.SUBMITTED),
            ParagraphStatus.EDITED, Map.of(Step.SUBMIT, ParagraphStatus.SUBMITTED),
            ParagraphStatus.CHANGES_REQUESTED, Map.of(Step.SUBMIT, ParagraphStatus.SUBMITTED),
            ParagraphStatus.SUBMITTED,
                    Map.of(
                            Step.APPROVE, ParagraphStatus.APPROVED,
                            Step.REQUEST_CHANGES, ParagraphStatus.CHANGES_REQUESTED),
            ParagraphStatus.APPROVED, Map.of()));

    static Stream<Arguments> every_status_and_step() {
        return Arrays.stream(ParagraphStatus.values())
                .flatMap(status -> Arrays.stream(Step.values()).map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("every_status_and_step")
    void each_step_moves_the_paragraph_as_the_table_says_or_is_refused_with_a_reason(ParagraphStatus from, Step step) {
        Paragraph paragraph = in(from);
        ParagraphStatus expected = ALLOWED.get(from).get(step);

        StatusChange change = step.apply.apply(paragraph);

        if (expected == null) {
            assertThat(change).isInstanceOf(StatusChange.Refused.class);
            var refused = (StatusChange.Refused) change;
            assertThat(refused.reason()).isNotBlank();
            assertThat(refused.rule()).isFalse();
            assertThat(paragraph.getStatus()).isEqualTo(from);
        } else {
            assertThat(change).isEqualTo(new StatusChange.Done(from, expected));
            assertThat(paragraph.getStatus()).isEqualTo(expected);
        }
    }

    @Test
    void the_table_covers_every_status() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(ParagraphStatus.values());
    }

    @Test
    void the_author_of_the_latest_revision_cannot_approve_it() {
        Paragraph paragraph = in(ParagraphStatus.SUBMITTED);

        StatusChange change = paragraph.approve("editor");

        assertThat(change).isEqualTo(new StatusChange.Refused(FourEyes.REASON, true));
        assertThat(paragraph.getStatus()).isEqualTo(ParagraphStatus.SUBMITTED);
    }

    @Test
    void a_reviewer_who_edited_an_approved_paragraph_cannot_approve_it_but_another_reviewer_can() {
        Paragraph paragraph = in(ParagraphStatus.APPROVED);
        paragraph.revise("A reviewer's touch.", "reviewer", T0.plusSeconds(60), true);
        assertThat(paragraph.getStatus()).isEqualTo(ParagraphStatus.SUBMITTED);

        assertThat(paragraph.approve("reviewer")).isInstanceOf(StatusChange.Refused.class);
        assertThat(paragraph.approve("reviewer2"))
                .isEqualTo(new StatusChange.Done(ParagraphStatus.SUBMITTED, ParagraphStatus.APPROVED));
    }

    @Test
    void a_submitted_untouched_paragraph_is_approvable_by_anyone_but_its_importer() {
        Paragraph paragraph = Paragraph.imported(1, 0, ParagraphKind.BODY, "Fine as it is.", "admin", T0);
        paragraph.submit();

        assertThat(paragraph.approve("admin")).isInstanceOf(StatusChange.Refused.class);
        assertThat(paragraph.approve("reviewer")).isInstanceOf(StatusChange.Done.class);
    }

    @Test
    void an_edit_after_a_request_for_changes_leaves_the_paragraph_edited_and_submittable() {
        Paragraph paragraph = in(ParagraphStatus.CHANGES_REQUESTED);
        paragraph.revise("Fixed again.", "editor", T0.plusSeconds(120), false);

        assertThat(paragraph.getStatus()).isEqualTo(ParagraphStatus.EDITED);
        assertThat(paragraph.submit()).isInstanceOf(StatusChange.Done.class);
    }

    private static Paragraph in(ParagraphStatus status) {
        var p = Paragraph.imported(1, 0, ParagraphKind.BODY, "The source has actually been informed.", "system", T0);
        if (status == ParagraphStatus.UNTOUCHED) {
            return p;
        }
        p.revise("The source was told.", "editor", T0.plusSeconds(1), false);
        switch (status) {
            case SUBMITTED -> p.submit();
            case APPROVED -> {
                p.submit();
                p.approve("reviewer");
            }
            case CHANGES_REQUESTED -> {
                p.submit();
                p.requestChanges();
            }
            default -> {}
        }
        assertThat(p.getStatus()).isEqualTo(status);
        return p;
    }
}
