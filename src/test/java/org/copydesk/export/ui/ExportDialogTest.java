package org.copydesk.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleListItem;
import org.copydesk.article.ui.ArticleListView;
import org.copydesk.export.service.ExportFixtures;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.workspace.ArticleWorkspaceView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The export dialog as an editor meets it, from the workspace header and from the article list's selection. */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class ExportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImportService importer;

    long articleId;

    @BeforeEach
    void anUnapprovedArticle() {
        articleId = ExportFixtures.imported(
                importer, Articles.article("Dialog").paragraphs(2).text(), ArticleFormat.PLAIN_TEXT);
    }

    @Test
    void from_the_workspace_clean_copy_of_an_unapproved_article_is_explained_and_a_bilingual_file_is_offered() {
        navigate("articles/" + articleId, ArticleWorkspaceView.class);
        test(find(Button.class).withText("Export…").single()).click();

        var dialog = find(ExportDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        Paragraph refusal =
                find(Paragraph.class, dialog).withClassName("export-refusal").single();
        Anchor download = find(Anchor.class, dialog).single();
        assertThat(refusal.getText()).contains("not approved yet");
        assertThat(download.isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        CheckboxGroup<ExportFormat> formats = find(CheckboxGroup.class, dialog).single();
        formats.setValue(Set.of(ExportFormat.XLIFF));
        assertThat(refusal.getText()).isEmpty();
        assertThat(download.isEnabled()).isTrue();
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void from_the_list_the_selected_articles_open_one_zip_export() {
        long second = ExportFixtures.imported(
                importer, Articles.article("Dialog two").paragraphs(1).text(), ArticleFormat.PLAIN_TEXT);
        var dialog = exportFromTheList(articleId, second);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Export 2 articles as a ZIP");
        assertThat(find(Anchor.class, dialog).single().isEnabled()).isTrue();
    }

    @Test
    void a_zip_download_shows_the_progress_bar_and_fills_it_when_every_article_is_written() throws Exception {
        long second = ExportFixtures.imported(
                importer, Articles.article("Dialog progress").paragraphs(1).text(), ArticleFormat.PLAIN_TEXT);
        var dialog = exportFromTheList(articleId, second);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ExportFormat> formats = find(CheckboxGroup.class, dialog).single();
        formats.setValue(Set.of(ExportFormat.XLIFF));
        Anchor download = find(Anchor.class, dialog).single();
        download.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(download.getElement(), "click", JacksonUtils.createObjectNode()));
        ProgressBar progress = find(ProgressBar.class, dialog).single();
        assertThat(progress.getValue()).isZero();
        var zip = new ByteArrayOutputStream();

        new AnchorTester(download).download(zip);
        // The download thread reports each article through UI.access; run what it queued, as the next poll would.
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());

        assertThat(progress.getValue()).isEqualTo(1.0);
        List<String> entries = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(3).contains("manifest.csv");
    }

    /** Ticks the two articles in the list and opens "Export selected…". */
    private ExportDialog exportFromTheList(long first, long second) {
        navigate(ArticleListView.class);
        @SuppressWarnings("unchecked")
        Grid<ArticleListItem> grid = find(Grid.class).single();
        grid.getLazyDataView()
                .getItems()
                .filter(item -> item.id() == first || item.id() == second)
                .forEach(grid::select);
        test(find(Button.class).withText("Export selected…").single()).click();
        return find(ExportDialog.class).single();
    }
}
