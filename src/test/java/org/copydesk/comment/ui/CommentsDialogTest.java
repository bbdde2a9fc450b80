package org.copydesk.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.comment.service.CommentService;
import org.copydesk.comment.service.CommentView;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A paragraph's comments as a person uses them, without a browser. */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class CommentsDialogTest extends SpringBrowserlessTest {

    @Autowired
    CommentService comments;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    long paragraphId;
    AtomicInteger count = new AtomicInteger(-1);
    CommentsDialog dialog;

    @BeforeEach
    void openTheDialog() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Dialog", 1);
        paragraphId = fixtures.paragraphs(articleId).getFirst().id();
        dialog = new CommentsDialog(comments, paragraphId, 1, count::set);
        dialog.open();
        roundTrip();
    }

    @Test
    void a_comment_with_markup_is_posted_and_shown_as_text() {
        test(dialog.text()).setValue("<img src=x onerror=alert(1)> is <b>bold</b>?");
        test(dialog.postButton()).click();

        var shown = find(Div.class, dialog).withClassName("comment-text").single();
        assertThat(shown.getText()).isEqualTo("<img src=x onerror=alert(1)> is <b>bold</b>?");
        assertThat(shown.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(count.get()).isEqualTo(1);
        assertThat(dialog.text().getValue()).isEmpty();
    }

    @Test
    void typing_an_at_sign_offers_matching_names_and_choosing_one_completes_it() {
        test(dialog.text()).setValue("Please check, @rev");

        assertThat(dialog.completionOptions()).extracting(Button::getText).containsExactly("@reviewer");
        test(dialog.completionOptions().getFirst()).click();

        assertThat(dialog.text().getValue()).isEqualTo("Please check, @reviewer ");
        assertThat(dialog.completionOptions()).isEmpty();
    }

    @Test
    void the_author_edits_and_deletes_their_comment_and_a_thread_is_resolved() {
        AsUser.reviewer(() -> comments.post(paragraphId, "Reviewer's question.", null));
        test(dialog.text()).setValue("My note.");
        test(dialog.postButton()).click();

        assertThat(find(Button.class, dialog).withText("Edit").all()).hasSize(1);
        test(find(Button.class, dialog).withText("Edit").single()).click();
        var editor = find(TextArea.class, dialog).withValue("My note.").single();
        test(editor).setValue("My note, edited.");
        test(find(Button.class, dialog).withText("Save").single()).click();
        assertThat(thread()).extracting(CommentView::text).containsExactly("Reviewer's question.", "My note, edited.");

        test(find(Button.class, dialog).withText("Resolve").all().getFirst()).click();
        assertThat(thread().getFirst().resolvedBy()).isEqualTo("editor");
        test(find(Button.class, dialog).withText("Delete").single()).click();
        assertThat(thread()).extracting(CommentView::text).containsExactly("Reviewer's question.");
        assertThat(count.get()).isEqualTo(1);
    }

    private java.util.List<CommentView> thread() {
        return AsUser.editor(() -> comments.thread(paragraphId)).orElseThrow();
    }
}
