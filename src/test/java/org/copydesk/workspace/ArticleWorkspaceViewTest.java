package org.copydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Articles.article;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphFilter;
import org.copydesk.article.ui.ArticleListView;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.service.DraftService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.editing.ui.ConflictDialog;
import org.copydesk.editing.ui.HistoryPanel;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The workspace as an editor uses it, without a browser: open an article, fix paragraphs, never lose text. */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class ArticleWorkspaceViewTest extends SpringBrowserlessTest {

    private static final String FIRST = "North Korean people working inChina have actually been identified.";
    private static final String THIRD =
            "The border closed in January, leaving lots of North Koreans stranded past their 60- day licenses.";

    @Autowired
    ArticleImportService importer;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    DraftService drafts;

    long articleId;

    @BeforeEach
    void importAnArticle() {
        var text = article("Workspace")
                .paragraph(FIRST)
                .paragraph("Reproducing brand-new animosities?")
                .paragraph(THIRD);
        articleId = imported(text.bytes());
    }

    @Test
    void the_workspace_lists_every_paragraph_and_builds_rows_only_for_those_asked_for() {
        var view = open();

        assertThat(test(view.list()).size()).isEqualTo(3);
        assertThat(view.renderedRows()).isEmpty();
        var first = row(view, 0).editor();
        assertThat(first.textArea().getValue()).isEqualTo(FIRST);
        assertThat(first.saveButton().isEnabled()).isFalse();
        assertThat(find(Span.class).withText("Untouched").all()).hasSize(1);
    }

    @Test
    void an_editor_fixes_a_paragraph_sees_the_word_diff_and_the_new_revision_is_stored() {
        var view = open();
        var editor = row(view, 0).editor();

        editor.textArea().setValue("North Korean people working in China have been labeled.");
        assertThat(editor.isDirty()).isTrue();
        assertThat(find(Span.class).withText("Unsaved").all()).hasSize(1);
        test(editor.saveButton()).click();

        var history = editing.history(paragraphId(view, 0)).orElseThrow();
        assertThat(history)
                .extracting(RevisionSummary::text)
                .last()
                .isEqualTo("North Korean people working in China have been labeled.");
        assertThat(history).last().extracting(RevisionSummary::author).isEqualTo("editor");
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.saveButton().isEnabled()).isFalse();
        assertThat(find(Span.class).withText("Edited").all()).hasSize(1);
        assertThat(editor.diffView().getElement().getChildren())
                .anySatisfy(e -> assertThat(e.getTag()).isEqualTo("ins"))
                .anySatisfy(e -> assertThat(e.getTag() + ":" + e.getText()).isEqualTo("del:actually been identified"));
    }

    @Test
    void a_conflict_shows_both_sides_and_offers_the_combined_text_which_is_saved_on_the_newest_revision() {
        var view = open();
        long paragraphId = paragraphId(view, 2);
        var editor = row(view, 2).editor();
        editor.textArea().setValue(THIRD.replace("lots of", "many"));
        AsUser.editor2(() -> editing.save(paragraphId, THIRD.replace("60- day", "60-day"), 1));

        test(editor.saveButton()).click();

        var dialog = find(ConflictDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.merge().isClean()).isTrue();
        assertThat(dialog.combined().getValue())
                .isEqualTo("The border closed in January, leaving many North Koreans stranded past their 60-day"
                        + " licenses.");
        assertThat(editing.history(paragraphId).orElseThrow()).hasSize(2);

        dialog.combined().setValue(dialog.combined().getValue().replace("licenses", "licences"));
        test(find(Button.class, dialog).withText("Save combined").single()).click();

        assertThat(editing.history(paragraphId).orElseThrow()).last().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.baseRevision()).isEqualTo(2);
            assertThat(r.text()).endsWith("past their 60-day licences.");
        });
    }

    @Test
    void typed_text_is_kept_as_a_draft_and_comes_back_after_a_reload() {
        var view = open();
        long paragraphId = paragraphId(view, 1);
        row(view, 1).editor().textArea().setValue("Reproducing new animosities?");

        assertThat(drafts.drafts(articleId)).containsKey(paragraphId);
        var reloaded = open();

        var editor = row(reloaded, 1).editor();
        assertThat(editor.textArea().getValue()).isEqualTo("Reproducing new animosities?");
        assertThat(editor.isDirty()).isTrue();
        assertThat(reloaded.localEdits()).containsKey(paragraphId);

        test(editor.saveButton()).click();
        assertThat(drafts.drafts(articleId)).doesNotContainKey(paragraphId);
    }

    @Test
    void leaving_the_article_with_unsaved_text_asks_first_and_stays_when_told_to() {
        var view = open();
        row(view, 0).editor().textArea().setValue("Unsaved words.");

        UI.getCurrent().navigate(ArticleListView.class);

        var confirm = find(ConfirmDialog.class)
                .withCondition(d -> d.hasClassName("leave-confirm"))
                .single();
        test(confirm).cancel();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void leaving_with_nothing_unsaved_asks_nothing() {
        open();

        navigate(ArticleListView.class);

        assertThat(getCurrentView()).isInstanceOf(ArticleListView.class);
    }

    @Test
    void an_empty_text_is_saved_only_after_the_editor_confirms() {
        var view = open();
        long paragraphId = paragraphId(view, 1);
        var editor = row(view, 1).editor();

        editor.textArea().setValue("   ");
        test(editor.saveButton()).click();

        var confirm = find(ConfirmDialog.class)
                .withCondition(d -> d.hasClassName("empty-text-confirm"))
                .single();
        assertThat(editing.history(paragraphId).orElseThrow()).hasSize(1);
        test(confirm).confirm();
        assertThat(editing.history(paragraphId).orElseThrow())
                .last()
                .extracting(RevisionSummary::text)
                .isEqualTo("   ");
    }

    @Test
    void escape_discards_the_unsaved_change_after_confirming_and_forgets_the_draft() {
        var view = open();
        long paragraphId = paragraphId(view, 0);
        var editor = row(view, 0).editor();
        editor.textArea().setValue("Something I regret.");

        editor.confirmDiscard();
        test(find(ConfirmDialog.class)
                        .withCondition(d -> d.hasClassName("discard-confirm"))
                        .single())
                .confirm();

        assertThat(editor.textArea().getValue()).isEqualTo(FIRST);
        assertThat(editor.isDirty()).isFalse();
        assertThat(drafts.drafts(articleId)).doesNotContainKey(paragraphId);
    }

    @Test
    void the_history_panel_lists_every_revision_compares_any_two_and_restores_one_as_a_new_revision() {
        var view = open();
        long paragraphId = paragraphId(view, 0);
        var editor = row(view, 0).editor();
        editor.textArea().setValue(FIRST.replace("inChina", "in China"));
        editor.save(() -> {});
        editor.textArea().setValue("Rewritten completely.");
        editor.save(() -> {});

        test(find(Button.class)
                        .withCondition(b -> b.hasClassName("history-button"))
                        .single())
                .click();
        var panel = find(HistoryPanel.class).single();
        assertThat(find(Span.class, panel)
                        .withCondition(s -> s.hasClassName("history-meta"))
                        .all())
                .hasSize(3)
                .first()
                .satisfies(meta ->
                        assertThat(meta.getText()).startsWith("editor · ").contains("Edit · based on revision 2"));

        test(find(Button.class, panel).withText("Restore this").all().getLast()).click();

        var history = editing.history(paragraphId).orElseThrow();
        assertThat(history).hasSize(4);
        assertThat(history.getLast().kind()).isEqualTo(RevisionKind.REVERT);
        assertThat(history.getLast().text()).isEqualTo(FIRST);
        assertThat(editor.textArea().getValue()).isEqualTo(FIRST);
    }

    @Test
    void the_needs_work_filter_lists_only_paragraphs_nobody_has_fixed() {
        var view = open();
        var editor = row(view, 1).editor();
        editor.textArea().setValue("Reproducing new animosities?");
        editor.save(() -> {});

        view.toolbar().filter().setValue(ParagraphFilter.NEEDS_WORK);

        assertThat(view.positions()).containsExactly(0, 2);
        assertThat(test(view.list()).size()).isEqualTo(2);
    }

    @Test
    void a_byline_that_already_says_by_is_not_shown_as_by_by() {
        String text = "Bylines " + UUID.randomUUID() + "\n\nBy Jane Doe\n\nOne paragraph of body text here.\n";
        articleId = imported(text.getBytes(StandardCharsets.UTF_8));

        open();

        assertThat(find(Span.class)
                        .withCondition(s -> s.hasClassName("article-byline"))
                        .single()
                        .getText())
                .isEqualTo("By Jane Doe");
    }

    private ArticleWorkspaceView open() {
        return navigate("articles/" + articleId, ArticleWorkspaceView.class);
    }

    /** The row the virtual list would build for this index, attached as it is in the browser. */
    private WorkspaceRow row(ArticleWorkspaceView view, int index) {
        var row = (WorkspaceRow) test(view.list()).getItemComponent(index);
        view.add(row);
        return row;
    }

    private long paragraphId(ArticleWorkspaceView view, int index) {
        return test(view.list()).getItem(index).id();
    }

    private long imported(byte[] bytes) {
        return ((ImportResult.Imported) importer.importArticle(bytes, ArticleFormat.PLAIN_TEXT)).articleId();
    }
}
