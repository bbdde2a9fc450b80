package org.copydesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.notification.ui.NotificationsView;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Bulk approval of an article on one page, and the editor's bell afterwards, without a browser. */
@CopydeskContext
class ArticleReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService review;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void the_confirmation_names_the_count_and_the_paragraphs_four_eyes_will_skip() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Bulk", 3);
        var rows = fixtures.paragraphs(articleId);
        ParagraphRow a = fixtures.edit(rows.get(0), "editor", Role.EDITOR, "Fixed one.");
        ParagraphRow b = fixtures.edit(rows.get(1), "editor2", Role.EDITOR, "Fixed two.");
        ParagraphRow mine = fixtures.edit(rows.get(2), "reviewer", Role.REVIEWER, "Fixed three myself.");
        AsUser.editor(() -> review.submitArticle(articleId));

        var view = navigate("articles/" + articleId + "/review", ArticleReviewView.class);
        assertThat(find(Span.class).withClassName("diff-inserted").all()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(view.approveAllButton().getText()).isEqualTo("Approve 2 paragraphs");

        test(view.approveAllButton()).click();
        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Approve 2 paragraphs of this article?");
        assertThat(find(ListItem.class, dialog).single().getText()).startsWith("Paragraph 3: You wrote");
        test(find(Button.class, dialog).withText("Approve 2 paragraphs").single())
                .click();

        assertThat(status(fixtures, articleId, a.id())).isEqualTo(ParagraphStatus.APPROVED);
        assertThat(status(fixtures, articleId, b.id())).isEqualTo(ParagraphStatus.APPROVED);
        assertThat(status(fixtures, articleId, mine.id())).isEqualTo(ParagraphStatus.SUBMITTED);
        assertThat(find(ListItem.class)
                        .withText("Paragraph 3: " + org.copydesk.article.FourEyes.REASON)
                        .all())
                .hasSize(1);
    }

    @Test
    @WithMockUser(username = "editor2", roles = "EDITOR")
    void the_bell_counts_unread_notifications_and_the_list_marks_them_read() throws Exception {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Bell", 1);
        var p = fixtures.edit(fixtures.paragraphs(articleId).getFirst(), "editor2", Role.EDITOR, "Fixed by editor2.");
        AsUser.call("editor2", () -> review.submit(p.id()), Role.EDITOR);
        AsUser.reviewer(() -> review.approve(p.id()));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> AsUser.call("editor2", () -> notificationsFor(p.id()), Role.EDITOR) > 0);

        navigate(NotificationsView.class);
        var count = find(Span.class).withClassName("unread-count").single();
        assertThat(Integer.parseInt(count.getText())).isPositive();
        assertThat(find(Span.class).withClassName("notification-text").all())
                .extracting(Span::getText)
                .contains("reviewer approved your paragraph 1.");

        test(find(Button.class).withText("Mark all read").single()).click();
        navigate(NotificationsView.class);
        // With nothing unread the count is hidden, and the query finds visible components only.
        assertThat(find(Span.class).withClassName("unread-count").all()).isEmpty();
        assertThat(AsUser.call("editor2", () -> notifications.unreadCount(), Role.EDITOR))
                .isZero();
    }

    @Autowired
    org.copydesk.notification.service.NotificationService notifications;

    private long notificationsFor(long paragraphId) {
        return notifications.mine(false, 50).stream()
                .filter(n -> n.paragraphId() == paragraphId)
                .count();
    }

    private static ParagraphStatus status(ReviewFixtures fixtures, long articleId, long paragraphId) {
        return fixtures.paragraphs(articleId).stream()
                .filter(p -> p.id() == paragraphId)
                .findFirst()
                .orElseThrow()
                .status();
    }
}
