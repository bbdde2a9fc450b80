package org.copydesk.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.audit.AuditAction;
import org.copydesk.audit.service.AuditEntryView;
import org.copydesk.audit.service.AuditFilter;
import org.copydesk.audit.service.AuditService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Submitting a chosen set of paragraphs, and QA errors that hold a paragraph back unless a reviewer overrides. */
@CopydeskContext
class SubmissionRulesTest {

    /** The fixtures' source says "Paragraph number 1 …"; 1,250 is in no source, so the numbers check calls it an error. */
    static final String WRONG_NUMBER = "Paragraph one was told to the government in China on 1,250 days.";

    @Autowired
    ReviewService review;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    ArticleImportService importer;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    ReviewFixtures fixtures;
    long articleId;
    List<ParagraphRow> paragraphs;

    @BeforeEach
    void anArticleWithFourParagraphs() {
        fixtures = new ReviewFixtures(importer, articles, editing);
        articleId = fixtures.article("Submission rules", 4);
        paragraphs = fixtures.paragraphs(articleId);
    }

    @Test
    void a_selection_submits_the_chosen_paragraphs_and_lists_the_rest_with_reasons() {
        var first = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Paragraph one was told to China.");
        var second = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Paragraph two was told to China.");
        var notChosen = fixtures.edit(paragraphs.get(2), "editor", Role.EDITOR, "Paragraph three, told to China.");
        AsUser.editor(() -> review.submit(second.id()));
        long elsewhere = fixtures.paragraphs(fixtures.article("Another article", 1))
                .getFirst()
                .id();

        var result =
                AsUser.editor(() -> review.submitSelection(articleId, List.of(second.id(), first.id(), elsewhere)));

        var done = (BulkReviewResult.Done) result;
        assertThat(done.done()).containsExactly(first.id());
        assertThat(done.skipped())
                .containsExactly(
                        new BulkReviewResult.Skipped(second.id(), 2, "This paragraph is already submitted."),
                        new BulkReviewResult.Skipped(elsewhere, 0, "Not a paragraph of this article."));
        assertThat(status(notChosen.id())).isEqualTo(ParagraphStatus.EDITED);
        assertThat(AsUser.editor(() -> review.submitSelection(-1, List.of(first.id()))))
                .isEqualTo(new BulkReviewResult.NotFound(-1));
    }

    @Test
    void a_paragraph_with_a_qa_error_is_held_back_naming_the_finding_also_in_bulk_and_selection() {
        var wrong = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, WRONG_NUMBER);
        var fine = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Paragraph two was told to China.");

        assertThat(AsUser.editor(() -> review.submit(wrong.id())))
                .isEqualTo(new ReviewResult.Blocked(List.of("The number 1,250 is not in the source.")));
        assertThat(status(wrong.id())).isEqualTo(ParagraphStatus.EDITED);

        var bulk = (BulkReviewResult.Done) AsUser.editor(() -> review.submitArticle(articleId));
        assertThat(bulk.done()).containsExactly(fine.id());
        assertThat(bulk.skipped())
                .contains(new BulkReviewResult.Skipped(
                        wrong.id(), 1, "Held back by findings: The number 1,250 is not in the source."));

        // An untouched paragraph still has the spinner's glued "inChina": mechanical damage is an error too.
        var untouched = paragraphs.get(3);
        var selection =
                (BulkReviewResult.Done) AsUser.editor(() -> review.submitSelection(articleId, List.of(untouched.id())));
        assertThat(selection.done()).isEmpty();
        assertThat(selection.skipped().getFirst().reason())
                .startsWith("Held back by findings:")
                .contains("inChina");
    }

    @Test
    void a_reviewer_overrides_with_a_reason_and_the_override_is_recorded_as_review_event_and_audit_entry() {
        var wrong = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, WRONG_NUMBER);

        assertThat(AsUser.reviewer(() -> review.submitOverriding(wrong.id(), "  ")))
                .isInstanceOf(ReviewResult.Invalid.class);
        var result = AsUser.reviewer(() -> review.submitOverriding(wrong.id(), "The source misprints the figure."));

        assertThat(result)
                .isInstanceOfSatisfying(
                        ReviewResult.Done.class,
                        d -> assertThat(d.paragraph().status()).isEqualTo(ParagraphStatus.SUBMITTED));
        assertThat(jdbc.queryForMap(
                        "select kind, actor, override_reason, overridden_findings from review_events"
                                + " where paragraph_id = ? order by id desc limit 1",
                        wrong.id()))
                .containsEntry("kind", "SUBMITTED")
                .containsEntry("actor", "reviewer")
                .containsEntry("override_reason", "The source misprints the figure.")
                .containsEntry("overridden_findings", "The number 1,250 is not in the source.");
        List<AuditEntryView> entries = AsUser.call(
                "admin",
                () -> audit.search(new AuditFilter("reviewer", AuditAction.SUBMISSION_OVERRIDDEN, null, null), 0, 50)
                        .getContent(),
                Role.ADMIN);
        assertThat(entries)
                .anySatisfy(e -> assertThat(e.details())
                        .contains("The source misprints the figure.")
                        .contains("The number 1,250 is not in the source."));
    }

    @Test
    void editors_may_not_override_and_nothing_is_recorded_when_nothing_blocks() {
        var wrong = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, WRONG_NUMBER);
        assertThatThrownBy(() -> AsUser.editor(() -> review.submitOverriding(wrong.id(), "I know better.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(wrong.id())).isEqualTo(ParagraphStatus.EDITED);

        var fine = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Paragraph two was told to China.");
        assertThat(AsUser.reviewer(() -> review.submitOverriding(fine.id(), "Nothing to override.")))
                .isInstanceOf(ReviewResult.Done.class);
        assertThat(jdbc.queryForObject(
                        "select override_reason from review_events where paragraph_id = ? order by id desc limit 1",
                        String.class,
                        fine.id()))
                .isNull();
    }

    private ParagraphStatus status(long paragraphId) {
        return fixtures.paragraphs(articleId).stream()
                .filter(p -> p.id() == paragraphId)
                .findFirst()
                .orElseThrow()
                .status();
    }
}
