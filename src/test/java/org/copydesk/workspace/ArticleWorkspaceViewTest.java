package org.copydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Articles.article;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The workspace as an editor uses it, without a browser: open an article, fix a paragraph, save. */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class ArticleWorkspaceViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ParagraphEditingService editing;

    long articleId;

    @BeforeEach
    void importAnArticle() {
        var text = article("Workspace")
                .paragraph("North Korean people working inChina have actually been identified.")
                .paragraph("Reproducing brand-new animosities?")
                .paragraph(
                        "The border closed in January, leaving lots of North Koreans stranded past their 60- day licenses.");
        articleId =
                ((ImportResult.Imported) importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)).articleId();
    }

    @Test
    void the_workspace_shows_every_paragraph_with_source_and_corrected_text() {
        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);

        assertThat(view.panels()).hasSize(3);
        var first = view.panels().getFirst().editor();
        assertThat(first.textArea().getValue())
                .isEqualTo("North Korean people working inChina have actually been identified.");
        assertThat(first.saveButton().isEnabled()).isFalse();
        assertThat(find(Span.class).withText("Untouched").all()).hasSize(3);
    }

    @Test
    void an_editor_fixes_a_paragraph_and_the_new_revision_is_stored() {
        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        var editor = view.panels().getFirst().editor();

        test(editor.textArea()).setValue("North Korean people working in China have been labeled.");
        test(editor.saveButton()).click();

        var history = editing.history(paragraphId(view, 0)).orElseThrow();
        assertThat(history)
                .extracting(RevisionSummary::text)
                .last()
                .isEqualTo("North Korean people working in China have been labeled.");
        assertThat(history).last().extracting(RevisionSummary::author).isEqualTo("editor");
        assertThat(find(Span.class).withText("Revision 2 · editor").all()).hasSize(1);
        assertThat(find(Span.class).withText("Edited").all()).hasSize(1);
        assertThat(editor.saveButton().isEnabled()).isFalse();
    }

    @Test
    void a_save_over_someone_elses_newer_revision_opens_the_conflict_dialog_and_overwrites_nothing() {
        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        long paragraphId = paragraphId(view, 2);
        AsUser.editor2(() -> editing.save(paragraphId, "Editor2 fixed the 60-day licences first.", 1));

        var editor = view.panels().get(2).editor();
        test(editor.textArea()).setValue("My own fix of the 60-day licenses.");
        test(editor.saveButton()).click();

        var dialog = find(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(editing.history(paragraphId).orElseThrow())
                .extracting(RevisionSummary::text)
                .last()
                .isEqualTo("Editor2 fixed the 60-day licences first.");

        test(find(Button.class, dialog).withText("Keep mine").single()).click();

        assertThat(editing.history(paragraphId).orElseThrow())
                .extracting(RevisionSummary::number, RevisionSummary::text)
                .last()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(3, "My own fix of the 60-day licenses."));
    }

    private static long paragraphId(ArticleWorkspaceView view, int index) {
        return Long.parseLong(view.panels().get(index).getElement().getAttribute("data-paragraph-id"));
    }
}
