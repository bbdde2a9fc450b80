package org.copydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copydesk.test_support.MadeUpWords.word;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.editing.ui.ConflictDialog;
import org.copydesk.security.Role;
import org.copydesk.suggest.service.LearnedRuleView;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.suggest.service.SpinResidueService;
import org.copydesk.suggest.ui.RowSuggestions;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The unspin assistant in the workspace rows, as an editor uses it: underlined suggestions, accept and reject in
 * their popover, accept all confident in a row and in the article, the residue meter and the heat strip.
 */
@CopydeskContext
class WorkspaceSuggestionsTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    LearningService learning;

    @Autowired
    SpinResidueService residue;

    private long article(String... paragraphs) {
        var text = Articles.article("Suggestions");
        for (String p : paragraphs) {
            text.paragraph(p);
        }
        var imported = (ImportResult.Imported)
                AsUser.call("admin", () -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT), Role.ADMIN);
        return imported.articleId();
    }

    private List<ParagraphRow> paragraphs(long articleId) {
        return new ReviewFixtures(importer, articles, editing).paragraphs(articleId);
    }

    private List<RevisionSummary> history(long paragraphId) {
        return AsUser.editor(() -> editing.history(paragraphId)).orElseThrow();
    }

    private List<LearnedRuleView> rules() {
        return AsUser.call("admin", () -> learning.rules(), Role.ADMIN);
    }

    private ArticleWorkspaceView open(long articleId, int rows) {
        var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
        for (int index = 0; index < rows; index++) {
            view.add((WorkspaceRow) test(view.list()).getItemComponent(index));
        }
        return view;
    }

    private Button popoverButton(String text, int mark) {
        var highlights = find(RowSuggestions.class).all().getFirst().highlights();
        return find(Button.class, highlights).withText(text).all().get(mark);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_row_underlines_confident_and_possible_suggestions_in_its_text_and_shows_the_residue() {
        long id = article("Officials have actually " + word() + " the plan inChina.");
        open(id, 1);

        var confident = find(Span.class)
                .withClassName("suggestion")
                .withClassName("confident")
                .all();
        assertThat(confident).extracting(Span::getText).contains(" actually");
        assertThat(find(Span.class).withClassName("suggestion").all())
                .allSatisfy(s -> assertThat(s.getClassNames()).containsAnyOf("confident", "possible"));
        assertThat(find(Div.class)
                        .withClassName("spin-residue")
                        .single()
                        .getElement()
                        .getAttribute("title"))
                .matches("\\d+ of \\d+ spun spans left");
        assertThat(find(Button.class)
                        .withText("Accept " + confident.size() + " confident")
                        .all())
                .hasSize(1);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void accepting_in_the_popover_writes_a_suggestion_accepted_revision_teaches_and_refreshes_the_row() {
        String spun = word();
        long id = article("Officials have actually " + spun + " the plan.");
        var paragraph = paragraphs(id).getFirst();
        open(id, 1);
        int accepted = rules().stream()
                .filter(r -> r.from().equals("have actually") && r.to().equals("have"))
                .mapToInt(LearnedRuleView::accepted)
                .sum();

        test(popoverButton("Accept", 0)).click();

        List<RevisionSummary> revisions = history(paragraph.id());
        assertThat(revisions.getLast().kind()).isEqualTo(RevisionKind.SUGGESTION_ACCEPTED);
        assertThat(revisions.getLast().text()).isEqualTo("Officials have " + spun + " the plan.");
        assertThat(find(TextArea.class).single().getValue()).isEqualTo("Officials have " + spun + " the plan.");
        assertThat(find(Span.class).withClassName("suggestion").all())
                .extracting(Span::getText)
                .doesNotContain(" actually");
        assertThat(rules()).anySatisfy(r -> {
            assertThat(r.from()).isEqualTo("have actually");
            assertThat(r.to()).isEqualTo("have");
            assertThat(r.accepted()).isGreaterThan(accepted);
        });
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void rejecting_in_the_popover_counts_against_the_fix_and_writes_nothing() {
        long id = article("Officials have actually " + word() + " the plan.");
        var paragraph = paragraphs(id).getFirst();
        open(id, 1);
        int rejected = rules().stream()
                .filter(r -> r.from().equals("have actually") && r.to().equals("have"))
                .mapToInt(LearnedRuleView::rejected)
                .sum();

        test(popoverButton("Reject", 0)).click();

        assertThat(history(paragraph.id())).hasSize(1);
        assertThat(rules()).anySatisfy(r -> {
            assertThat(r.from()).isEqualTo("have actually");
            assertThat(r.rejected()).isGreaterThan(rejected);
        });
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void accepting_on_a_stale_revision_opens_the_conflict_dialog_and_overwrites_nothing() {
        long id = article("Officials have actually " + word() + " the plan.");
        var paragraph = paragraphs(id).getFirst();
        open(id, 1);
        var theirs = new ReviewFixtures(importer, articles, editing)
                .edit(paragraph, "editor2", Role.EDITOR, "Editor two rewrote this paragraph entirely.");

        test(popoverButton("Accept", 0)).click();

        assertThat(find(ConflictDialog.class).all()).hasSize(1);
        assertThat(history(paragraph.id())).hasSize(2);
        assertThat(paragraphs(id).getFirst().correctedText()).isEqualTo(theirs.correctedText());
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void accept_all_confident_in_a_row_saves_once_and_in_the_header_saves_every_paragraph() {
        String spun = word();
        long id = article(
                "Officials have actually " + spun + " the plan.",
                "The minister has actually left.",
                "Nothing to repair here at all.");
        open(id, 1);
        var first = paragraphs(id).getFirst();

        test(find(Button.class).withText("Accept 1 confident").all().getFirst()).click();

        assertThat(history(first.id())).hasSize(2);
        assertThat(history(first.id()).getLast().kind()).isEqualTo(RevisionKind.SUGGESTION_ACCEPTED);

        test(find(Button.class).withText("Accept all confident").single()).click();

        var after = paragraphs(id);
        assertThat(after.get(1).correctedText()).isEqualTo("The minister has left.");
        assertThat(history(after.get(1).id()).getLast().kind()).isEqualTo(RevisionKind.SUGGESTION_ACCEPTED);
        assertThat(history(after.get(2).id())).hasSize(1);
        assertThat(history(first.id())).hasSize(2);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_header_shows_a_heat_strip_cell_per_paragraph_and_a_click_goes_to_it() {
        long id = article("Officials have actually left.", "Clean text with nothing to do.", "He informed RFA.");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> AsUser.editor(() -> residue.heat(id)).size() == 3);
        var view = open(id, 3);

        var cells = find(Div.class).withClassName("residue-heat-cell").all();
        assertThat(cells).hasSize(3);
        assertThat(cells.get(1).getClassNames()).contains("nothing-detected");
        assertThat(cells.get(0).getElement().getAttribute("title")).matches("¶ 1: \\d+ % of the spinning left");
        assertThat(cells.get(0).getStyle().get("background")).startsWith("hsl(");

        test(cells.get(2)).click();

        assertThat(view.renderedRows()).isNotEmpty();
        assertThat(cells.get(2).getElement().getAttribute("data-position")).isEqualTo("2");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_heat_strip_is_drawn_again_when_a_save_elsewhere_has_been_measured() {
        long id = article("Officials have actually left.", "He informed RFA.");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> AsUser.editor(() -> residue.heat(id)).size() == 2);
        open(id, 2);
        String before = find(Div.class)
                .withClassName("residue-heat-cell")
                .all()
                .getFirst()
                .getElement()
                .getAttribute("title");
        assertThat(before).doesNotContain(": 0 %");

        // another editor repairs the first paragraph; its residue is measured after the save commits
        new ReviewFixtures(importer, articles, editing)
                .edit(paragraphs(id).getFirst(), "editor2", Role.EDITOR, "Officials have left.");

        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            session.getService().runPendingAccessTasks(session);
            assertThat(find(Div.class)
                            .withClassName("residue-heat-cell")
                            .all()
                            .getFirst()
                            .getElement()
                            .getAttribute("title"))
                    .isEqualTo("¶ 1: 0 % of the spinning left");
        });
    }
}
