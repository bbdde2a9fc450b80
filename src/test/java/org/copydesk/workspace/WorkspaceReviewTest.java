package org.copydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.comment.service.CommentService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.review.ChangeReason;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The review parts of a workspace row: submit, submit selected, findings that hold a paragraph back, the reason a
 * paragraph was sent back, four eyes.
 */
@CopydeskContext
class WorkspaceReviewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService review;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    CommentService comments;

    ReviewFixtures fixtures;
    long articleId;

    @BeforeEach
    void anArticle() {
        fixtures = new ReviewFixtures(importer, articles, editing);
        articleId = fixtures.article("Workspace review", 2);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_sees_why_a_paragraph_was_sent_back_and_submits_it_again() {
        var p = fixtures.edit(fixtures.paragraphs(articleId).getFirst(), "editor", Role.EDITOR, "First try.");
        AsUser.editor(() -> review.submit(p.id()));
        AsUser.reviewer(() -> review.requestChanges(p.id(), ChangeReason.GRAMMAR, "Subject and verb disagree."));

        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        showRows(view, 2);

        assertThat(find(Span.class)
                        .withClassName("change-request-reason")
                        .single()
                        .getText())
                .isEqualTo("Sent back by reviewer: Grammar");
        assertThat(find(Span.class)
                        .withClassName("change-request-comment")
                        .single()
                        .getText())
                .isEqualTo("Subject and verb disagree.");
        var area = find(TextArea.class).all().getFirst();
        test(area).setValue("Second try, grammatical.");
        test(find(Button.class).withText("Save").all().getFirst()).click();
        assertThat(find(Span.class).withClassName("change-request-reason").all())
                .hasSize(1);

        test(find(Button.class).withText("Submit").all().getFirst()).click();

        assertThat(status(p.id())).isEqualTo(ParagraphStatus.SUBMITTED);
        assertThat(find(Span.class).withClassName("change-request-reason").all())
                .isEmpty();
        assertThat(find(Span.class).withText("Submitted").all()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_approves_in_the_row_except_her_own_revision_where_the_button_says_why() {
        var rows = fixtures.paragraphs(articleId);
        var byEditor = fixtures.edit(rows.get(0), "editor", Role.EDITOR, "Editor's fix.");
        var byReviewer = fixtures.edit(rows.get(1), "reviewer", Role.REVIEWER, "Reviewer's fix.");
        AsUser.editor(() -> review.submitArticle(articleId));

        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        showRows(view, 2);
        var approves = find(Button.class).withText("Approve").all();

        assertThat(approves).hasSize(2);
        assertThat(approves.get(1).isEnabled()).isFalse();
        assertThat(find(Span.class).withClassName("four-eyes-reason").single().getText())
                .contains("four eyes");
        test(approves.get(0)).click();
        assertThat(status(byEditor.id())).isEqualTo(ParagraphStatus.APPROVED);
        assertThat(status(byReviewer.id())).isEqualTo(ParagraphStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_ticks_rows_and_submits_the_selection_from_the_review_bar() {
        var rows = fixtures.paragraphs(articleId);
        var first = fixtures.edit(rows.get(0), "editor", Role.EDITOR, "First fixed.");
        var second = fixtures.edit(rows.get(1), "editor", Role.EDITOR, "Second fixed.");

        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        showRows(view, 2);
        var submitSelected = find(Button.class).withClassName("submit-selected").single();
        assertThat(submitSelected.getText()).isEqualTo("Submit selected (0)");
        assertThat(submitSelected.isEnabled()).isFalse();
        var ticks = find(Checkbox.class).withClassName("select-for-submit").all();
        assertThat(ticks).hasSize(2);
        ticks.forEach(tick -> tick.setValue(true));
        ticks.get(1).setValue(false);
        ticks.get(1).setValue(true);
        assertThat(submitSelected.getText()).isEqualTo("Submit selected (2)");

        test(submitSelected).click();

        assertThat(status(first.id())).isEqualTo(ParagraphStatus.SUBMITTED);
        assertThat(status(second.id())).isEqualTo(ParagraphStatus.SUBMITTED);
        assertThat(submitSelected.getText()).isEqualTo("Submit selected (0)");
        assertThat(find(Span.class)
                        .withText("2 paragraphs submitted; 0 skipped.")
                        .all())
                .hasSize(1);
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void a_reviewer_sees_the_findings_that_hold_a_paragraph_back_and_submits_anyway_with_a_reason() {
        var p = fixtures.edit(
                fixtures.paragraphs(articleId).getFirst(), "editor", Role.EDITOR, "Told on 1,250 days to China.");
        var dialog = submitFirstRow();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Paragraph 1 is held back by findings");
        assertThat(find(ListItem.class, dialog).single().getText()).isEqualTo("The number 1,250 is not in the source.");
        var anyway = find(Button.class, dialog).withText("Submit anyway").single();
        assertThat(anyway.isEnabled()).isFalse();
        test(find(TextArea.class, dialog).single()).setValue("The source misprints the figure.");
        test(anyway).click();

        assertThat(status(p.id())).isEqualTo(ParagraphStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_sees_the_findings_but_cannot_submit_anyway() {
        var p = fixtures.edit(
                fixtures.paragraphs(articleId).getFirst(), "editor", Role.EDITOR, "Told on 1,250 days to China.");
        var dialog = submitFirstRow();
        assertThat(find(ListItem.class, dialog).single().getText()).isEqualTo("The number 1,250 is not in the source.");
        assertThat(find(Button.class, dialog).withText("Submit anyway").all()).isEmpty();
        assertThat(find(TextArea.class, dialog).all()).isEmpty();
        assertThat(status(p.id())).isEqualTo(ParagraphStatus.EDITED);
    }

    private ParagraphStatus status(long paragraphId) {
        return fixtures.paragraphs(articleId).stream()
                .filter(p -> p.id() == paragraphId)
                .findFirst()
                .orElseThrow()
                .status();
    }

    /** Opens the workspace, presses the first row's Submit and returns the dialog naming what holds it back. */
    private Dialog submitFirstRow() {
        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        showRows(view, 2);
        test(find(Button.class).withText("Submit").all().getFirst()).click();
        return find(Dialog.class).withClassName("held-back-dialog").single();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void each_row_shows_the_comment_count_of_its_own_paragraph() {
        var second = fixtures.paragraphs(articleId).get(1);
        AsUser.editor(() -> comments.post(second.id(), "Check the name.", null));
        AsUser.editor(() -> comments.post(second.id(), "And the date.", null));

        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        showRows(view, 2);

        assertThat(find(Button.class).withClassName("comments-button").all())
                .extracting(Button::getText)
                .containsExactly("Comments (0)", "Comments (2)");
    }

    /** The virtual list builds rows when the browser asks for them; here the test asks, as scrolling would. */
    private void showRows(ArticleWorkspaceView view, int count) {
        for (int index = 0; index < count; index++) {
            view.add((WorkspaceRow) test(view.list()).getItemComponent(index));
        }
    }
}
