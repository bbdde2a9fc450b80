package org.copydesk.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.FourEyes;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.notification.domain.NotificationKind;
import org.copydesk.notification.service.NotificationService;
import org.copydesk.notification.service.NotificationView;
import org.copydesk.review.ChangeReason;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CopydeskContext
class ReviewServiceTest {

    @Autowired
    ReviewService review;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleImportService importer;

    ReviewFixtures fixtures;
    long articleId;
    List<ParagraphRow> paragraphs;

    @BeforeEach
    void anArticleWithThreeParagraphs() {
        fixtures = new ReviewFixtures(importer, articles, editing);
        articleId = fixtures.article("Review", 3);
        paragraphs = fixtures.paragraphs(articleId);
    }

    @Test
    void an_editor_submits_a_fixed_paragraph_and_a_reviewer_approves_it() {
        var fixed = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Paragraph one was told to China.");

        var submitted = AsUser.editor(() -> review.submit(fixed.id()));
        assertThat(submitted)
                .isInstanceOfSatisfying(
                        ReviewResult.Done.class,
                        d -> assertThat(d.paragraph().status()).isEqualTo(ParagraphStatus.SUBMITTED));
        assertThat(AsUser.reviewer(() -> review.queue(new ReviewQueueFilter(articleId, null, null), 0, 10)))
                .extracting(ReviewQueueItem::paragraphId, ReviewQueueItem::submittedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fixed.id(), "editor"));

        var approved = AsUser.reviewer(() -> review.approve(fixed.id()));

        assertThat(approved)
                .isInstanceOfSatisfying(
                        ReviewResult.Done.class,
                        d -> assertThat(d.paragraph().status()).isEqualTo(ParagraphStatus.APPROVED));
        assertThat(events(fixed.id())).containsExactly("SUBMITTED editor", "APPROVED reviewer");
        assertThat(AsUser.reviewer(() -> review.queueSize(new ReviewQueueFilter(articleId, null, null))))
                .isZero();
    }

    @Test
    void nobody_approves_a_paragraph_whose_latest_revision_they_wrote() {
        var fixed = fixtures.edit(paragraphs.get(0), "reviewer", Role.REVIEWER, "The reviewer fixed it herself.");
        AsUser.reviewer(() -> review.submit(fixed.id()));

        var refused = AsUser.reviewer(() -> review.approve(fixed.id()));

        assertThat(refused).isEqualTo(new ReviewResult.NotAllowed(FourEyes.REASON));
        assertThat(status(fixed.id())).isEqualTo(ParagraphStatus.SUBMITTED);
        assertThat(events(fixed.id())).containsExactly("SUBMITTED reviewer");
        assertThat(AsUser.call("reviewer2", () -> review.approve(fixed.id()), Role.REVIEWER))
                .isInstanceOf(ReviewResult.Done.class);
    }

    @Test
    void a_reviewers_edit_of_an_approved_paragraph_sends_it_back_to_review_where_she_cannot_approve_it() {
        var fixed = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Fixed by the editor.");
        AsUser.editor(() -> review.submit(fixed.id()));
        AsUser.reviewer(() -> review.approve(fixed.id()));
        var current = fixtures.paragraphs(articleId).get(1);

        var touched = fixtures.edit(current, "reviewer", Role.REVIEWER, "Touched up by the reviewer.");

        assertThat(touched.status()).isEqualTo(ParagraphStatus.SUBMITTED);
        assertThat(AsUser.reviewer(() -> review.approve(touched.id()))).isInstanceOf(ReviewResult.NotAllowed.class);
        var editorsTry = AsUser.editor(() -> editing.save(touched.id(), "x", touched.revision()));
        assertThat(editorsTry).isInstanceOf(SaveResult.Saved.class);
    }

    @Test
    void an_approved_paragraph_is_locked_for_editors_with_a_reason() {
        var fixed = fixtures.edit(paragraphs.get(2), "editor", Role.EDITOR, "Fixed.");
        AsUser.editor(() -> review.submit(fixed.id()));
        AsUser.reviewer(() -> review.approve(fixed.id()));

        var result = AsUser.editor(() -> editing.save(fixed.id(), "Changed after approval.", fixed.revision()));

        assertThat(result)
                .isInstanceOfSatisfying(
                        SaveResult.NotAllowed.class, n -> assertThat(n.reason()).contains("approved"));
    }

    @Test
    void bulk_approval_applies_four_eyes_per_paragraph_and_lists_what_it_skipped() {
        var byEditor = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Fixed by the editor.");
        var byReviewer = fixtures.edit(paragraphs.get(1), "reviewer", Role.REVIEWER, "Fixed by the reviewer.");

        var submitted = AsUser.editor(() -> review.submitArticle(articleId));
        assertThat(submitted).isInstanceOfSatisfying(BulkReviewResult.Done.class, d -> {
            assertThat(d.done()).containsExactly(byEditor.id(), byReviewer.id());
            assertThat(d.skipped())
                    .extracting(BulkReviewResult.Skipped::paragraphId, BulkReviewResult.Skipped::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            paragraphs.get(2).id(), "Not edited yet."));
        });

        var approved = AsUser.reviewer(() -> review.approveArticle(articleId));

        assertThat(approved).isInstanceOfSatisfying(BulkReviewResult.Done.class, d -> {
            assertThat(d.done()).containsExactly(byEditor.id());
            assertThat(d.skipped()).containsExactly(new BulkReviewResult.Skipped(byReviewer.id(), 2, FourEyes.REASON));
        });
        assertThat(status(byReviewer.id())).isEqualTo(ParagraphStatus.SUBMITTED);
    }

    @Test
    void the_article_is_approved_once_every_paragraph_is() {
        for (var p : paragraphs) {
            // The number must be the source's ("Paragraph number 1 …"): a number not in it holds the paragraph back.
            fixtures.edit(p, "editor", Role.EDITOR, "Fixed paragraph " + (p.position() + 1) + ".");
        }
        AsUser.editor(() -> review.submitArticle(articleId));
        assertThat(articleStatus()).isNotEqualTo(ArticleStatus.APPROVED);

        AsUser.reviewer(() -> review.approveArticle(articleId));

        assertThat(articleStatus()).isEqualTo(ArticleStatus.APPROVED);
    }

    @Test
    void a_paragraph_sent_back_shows_its_reason_to_the_editor_until_resubmitted_and_the_editor_is_told() {
        var fixed = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "A fix that changed the meaning.");
        AsUser.editor(() -> review.submit(fixed.id()));
        long unreadBefore = AsUser.editor(() -> notifications.unreadCount());

        var sentBack = AsUser.reviewer(
                () -> review.requestChanges(fixed.id(), ChangeReason.MEANING_CHANGED, "  The source says told.  "));

        assertThat(sentBack)
                .isInstanceOfSatisfying(
                        ReviewResult.Done.class,
                        d -> assertThat(d.paragraph().status()).isEqualTo(ParagraphStatus.CHANGES_REQUESTED));
        var note = AsUser.editor(() -> review.openChangeRequests(articleId)).get(fixed.id());
        assertThat(note.reason()).isEqualTo(ChangeReason.MEANING_CHANGED);
        assertThat(note.comment()).isEqualTo("The source says told.");
        assertThat(note.reviewer()).isEqualTo("reviewer");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(AsUser.editor(() -> notifications.unreadCount()))
                        .isEqualTo(unreadBefore + 1));
        NotificationView told = AsUser.editor(() -> notifications.mine(true, 1)).getFirst();
        assertThat(told.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
        assertThat(told.reason()).isEqualTo("meaning_changed");
        assertThat(told.detail()).isEqualTo("The source says told.");

        var again = fixtures.edit(fixtures.paragraphs(articleId).getFirst(), "editor", Role.EDITOR, "Told, again.");
        assertThat(AsUser.editor(() -> review.openChangeRequest(again.id()))).isPresent();
        AsUser.editor(() -> review.submit(again.id()));
        assertThat(AsUser.editor(() -> review.openChangeRequest(again.id()))).isEmpty();
    }

    @Test
    void steps_that_the_status_does_not_allow_are_refused_with_a_reason_and_change_nothing() {
        var untouched = paragraphs.get(0);

        assertThat(AsUser.reviewer(() -> review.approve(untouched.id()))).isInstanceOf(ReviewResult.WrongStatus.class);
        assertThat(AsUser.reviewer(() -> review.requestChanges(untouched.id(), ChangeReason.STYLE, null)))
                .isInstanceOf(ReviewResult.WrongStatus.class);
        // Untouched, it still has the spinner's glued "inChina", which holds it back; fixed, it goes.
        assertThat(AsUser.editor(() -> review.submit(untouched.id()))).isInstanceOf(ReviewResult.Blocked.class);
        fixtures.edit(untouched, "editor", Role.EDITOR, "Paragraph one was told to China.");
        AsUser.editor(() -> review.submit(untouched.id()));
        assertThat(AsUser.editor(() -> review.submit(untouched.id())))
                .isEqualTo(new ReviewResult.WrongStatus("This paragraph is already submitted."));
        assertThat(AsUser.reviewer(() -> review.requestChanges(untouched.id(), ChangeReason.OTHER, "x".repeat(2001))))
                .isInstanceOf(ReviewResult.Invalid.class);
        assertThat(events(untouched.id())).containsExactly("SUBMITTED editor");
        assertThat(AsUser.editor(() -> review.submit(999_999_999L))).isEqualTo(new ReviewResult.NotFound(999_999_999L));
    }

    @Test
    void editors_cannot_approve_or_send_back_and_nobody_anonymous_can_submit() {
        var fixed = fixtures.edit(paragraphs.get(0), "editor2", Role.EDITOR, "Fixed by editor2.");
        AsUser.editor(() -> review.submit(fixed.id()));

        assertThatThrownBy(() -> AsUser.editor(() -> review.approve(fixed.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.editor(() -> review.requestChanges(fixed.id(), ChangeReason.GRAMMAR, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.editor(() -> review.approveArticle(articleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.editor(() -> review.queue(ReviewQueueFilter.ALL, 0, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.submit(fixed.id()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void the_queue_lists_the_oldest_submission_first_and_filters_by_editor_and_age() {
        var first = fixtures.edit(paragraphs.get(2), "editor2", Role.EDITOR, "First submitted.");
        var second = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Second submitted.");
        AsUser.call("editor2", () -> review.submit(first.id()), Role.EDITOR);
        AsUser.editor(() -> review.submit(second.id()));

        var all = AsUser.reviewer(() -> review.queue(new ReviewQueueFilter(articleId, null, null), 0, 10));
        assertThat(all).extracting(ReviewQueueItem::paragraphId).containsExactly(first.id(), second.id());
        assertThat(all.getFirst().diffAgainstSource()).isNotEmpty();
        assertThat(all.getFirst().diffAgainstApproved()).isNull();
        assertThat(AsUser.reviewer(() -> review.queue(new ReviewQueueFilter(articleId, "editor", null), 0, 10)))
                .extracting(ReviewQueueItem::paragraphId)
                .containsExactly(second.id());
        assertThat(AsUser.reviewer(() -> review.queueSize(new ReviewQueueFilter(articleId, null, Duration.ofHours(1)))))
                .isZero();
    }

    @Test
    void a_resubmitted_paragraph_shows_its_diff_against_the_last_approved_text() {
        var fixed = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Approved wording here.");
        AsUser.editor(() -> review.submit(fixed.id()));
        AsUser.reviewer(() -> review.approve(fixed.id()));
        var current = fixtures.paragraphs(articleId).getFirst();
        fixtures.edit(current, "admin", Role.ADMIN, "Approved wording there.");

        var item = AsUser.reviewer(() -> review.queue(new ReviewQueueFilter(articleId, null, null), 0, 10))
                .getFirst();

        assertThat(item.approvedText()).isEqualTo("Approved wording here.");
        assertThat(item.diffAgainstApproved())
                .extracting(org.copydesk.editing.diff.DiffSegment::text)
                .containsExactly("Approved wording ", "here", "there", ".");
    }

    @Test
    void the_database_refuses_to_change_or_remove_review_events() {
        var fixed = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Fixed.");
        AsUser.editor(() -> review.submit(fixed.id()));

        assertThatThrownBy(() ->
                        jdbc.update("update review_events set actor = 'someone' where paragraph_id = ?", fixed.id()))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("delete from review_events where paragraph_id = ?", fixed.id()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("truncate review_events cascade"))
                .isInstanceOf(DataAccessException.class);
    }

    private List<String> events(long paragraphId) {
        return jdbc.queryForList(
                "select kind || ' ' || actor from review_events where paragraph_id = ? order by id",
                String.class,
                paragraphId);
    }

    private ParagraphStatus status(long paragraphId) {
        return fixtures.paragraphs(articleId).stream()
                .filter(p -> p.id() == paragraphId)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private ArticleStatus articleStatus() {
        return AsUser.editor(() -> articles.find(articleId)).orElseThrow().status();
    }
}
