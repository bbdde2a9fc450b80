package org.copydesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.review.ChangeReason;
import org.copydesk.review.service.ReviewQueueItem;
import org.copydesk.review.service.ReviewQueueOptions;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The review queue as a reviewer uses it, without a browser. */
@CopydeskContext
@WithMockUser(username = "reviewer", roles = "REVIEWER")
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService review;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    ReviewFixtures fixtures;
    long articleId;
    List<ParagraphRow> submitted;

    @BeforeEach
    void twoSubmittedParagraphs() {
        fixtures = new ReviewFixtures(importer, articles, editing);
        articleId = fixtures.article("Queue", 3);
        var paragraphs = fixtures.paragraphs(articleId);
        var first = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Paragraph number 1 was told to China.");
        var second = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Paragraph number 2 was told, too.");
        AsUser.editor(() -> review.submit(first.id()));
        AsUser.editor(() -> review.submit(second.id()));
        submitted = List.of(first, second);
    }

    @Test
    void the_queue_shows_the_oldest_submission_first_with_its_word_diff() {
        var view = openOnThisArticle();

        assertThat(view.grid().getListDataView().getItems().map(ReviewQueueItem::paragraphId))
                .containsExactly(submitted.get(0).id(), submitted.get(1).id());
        assertThat(view.grid().getSelectedItems())
                .extracting(ReviewQueueItem::paragraphId)
                .containsExactly(submitted.get(0).id());
        // The rewritten phrase reads as one change: "has actually been … government in" → "was told to".
        assertThat(find(Span.class).withClassName("diff-inserted").all())
                .extracting(Span::getText)
                .contains("was told to ");
        assertThat(view.approveButton().isEnabled()).isTrue();
    }

    @Test
    void approve_and_next_approves_the_paragraph_and_moves_to_the_next_one() {
        var view = openOnThisArticle();

        test(view.approveAndNextButton()).click();

        assertThat(status(submitted.get(0).id())).isEqualTo(ParagraphStatus.APPROVED);
        assertThat(view.grid().getSelectedItems())
                .extracting(ReviewQueueItem::paragraphId)
                .containsExactly(submitted.get(1).id());

        test(view.approveButton()).click();

        assertThat(status(submitted.get(1).id())).isEqualTo(ParagraphStatus.APPROVED);
        assertThat(view.grid().getListDataView().getItems()).isEmpty();
        assertThat(view.approveButton().isEnabled()).isFalse();
    }

    @Test
    void the_request_changes_dialog_needs_a_reason_and_sends_the_paragraph_back_with_the_comment() {
        var view = openOnThisArticle();

        test(view.requestChangesButton()).click();
        var dialog = find(RequestChangesDialog.class).single();
        assertThat(dialog.sendButton().isEnabled()).isFalse();
        assertThat(dialog.reason().getListDataView().getItems()).containsExactly(ChangeReason.values());
        dialog.reason().setValue(ChangeReason.STILL_GARBLED);
        dialog.comment().setValue("The second clause is still spun.");
        test(dialog.sendButton()).click();

        assertThat(status(submitted.get(0).id())).isEqualTo(ParagraphStatus.CHANGES_REQUESTED);
        var note = AsUser.editor(() -> review.openChangeRequest(submitted.get(0).id()))
                .orElseThrow();
        assertThat(note.reason()).isEqualTo(ChangeReason.STILL_GARBLED);
        assertThat(note.comment()).isEqualTo("The second clause is still spun.");
        assertThat(view.grid().getListDataView().getItems().map(ReviewQueueItem::paragraphId))
                .containsExactly(submitted.get(1).id());
    }

    @Test
    void the_approve_buttons_are_disabled_with_the_four_eyes_reason_for_the_author_of_the_latest_revision() {
        var third = fixtures.paragraphs(articleId).get(2);
        var mine = fixtures.edit(third, "reviewer", Role.REVIEWER, "Fixed by the reviewer herself.");
        AsUser.reviewer(() -> review.submit(mine.id()));
        var view = openOnThisArticle();

        view.grid()
                .select(view.grid()
                        .getListDataView()
                        .getItems()
                        .filter(i -> i.paragraphId() == mine.id())
                        .findFirst()
                        .orElseThrow());

        assertThat(view.approveButton().isEnabled()).isFalse();
        assertThat(view.approveAndNextButton().isEnabled()).isFalse();
        assertThat(view.fourEyesReason().getText()).contains("four eyes");
        assertThat(view.requestChangesButton().isEnabled()).isTrue();
    }

    private ReviewQueueView openOnThisArticle() {
        var view = navigate(ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        var article = (com.vaadin.flow.component.combobox.ComboBox<ReviewQueueOptions.ArticleChoice>)
                find(com.vaadin.flow.component.combobox.ComboBox.class)
                        .withCaption(view.getTranslation("review.filter.article"))
                        .single();
        article.setValue(article.getListDataView()
                .getItems()
                .filter(a -> a.id() == articleId)
                .findFirst()
                .orElseThrow());
        return view;
    }

    private ParagraphStatus status(long paragraphId) {
        return fixtures.paragraphs(articleId).stream()
                .filter(p -> p.id() == paragraphId)
                .findFirst()
                .orElseThrow()
                .status();
    }

    @SuppressWarnings("unused")
    private static List<String> texts(List<Button> buttons) {
        return buttons.stream().map(Button::getText).toList();
    }
}
