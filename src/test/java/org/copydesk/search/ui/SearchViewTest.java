package org.copydesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.search.test_support.SearchFixtures;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The search screen as an editor uses it, without a browser. */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    JdbcTemplate jdbc;

    SearchFixtures fixtures;
    String word;
    long articleId;

    @BeforeEach
    void anArticle() {
        fixtures = new SearchFixtures(importer, articles, jdbc);
        word = SearchFixtures.uniqueWord();
        articleId = fixtures.article(
                "The ministry informed RFA about <b>" + word + "</b>.",
                "Officials informed RFA that " + word + " was closed.",
                "The sibling informed RFA of " + word + " as well.");
    }

    @Test
    void a_search_shows_each_match_highlighted_in_its_context_as_text() {
        var view = navigate("search", SearchView.class);
        test(view.form().queryField()).setValue(word);

        test(find(Button.class).withText("Search").single()).click();

        assertThat(find(Span.class)
                        .withText("3 matches in 3 paragraph texts across 1 articles")
                        .all())
                .hasSize(1);
        var matches = find(Span.class).withClassName("search-match").all();
        assertThat(matches)
                .hasSize(3)
                .allSatisfy(match -> assertThat(match.getText()).isEqualTo(word));
        // Article text is shown as text: the <b> stays visible characters, never markup.
        assertThat(find(Span.class)
                        .withText("The ministry informed RFA about <b>")
                        .all())
                .hasSize(1);
    }

    @Test
    void the_preview_has_a_checked_box_per_paragraph_and_only_the_checked_ones_change() {
        var view = navigate("search", SearchView.class);
        test(view.form().queryField())
                .setValue("informed RFA about <b>" + word + "|informed RFA that " + word + "|informed RFA of " + word);
        view.form().regexBox().setValue(true);
        var replace = view.replacePanel();
        assertThat(replace).isNotNull();
        test(replace.replacementField()).setValue("told RFA");

        test(find(Button.class).withText("Preview replace").single()).click();

        var rows = replace.rows();
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.isChosen()).isTrue());
        // Each match reads as one replaced phrase, "informed RFA … <word>" → "told RFA", not word by word.
        assertThat(find(Span.class).withClassName("diff-inserted").all())
                .extracting(Span::getText)
                .hasSize(3)
                .allSatisfy(text -> assertThat(text).startsWith("told RFA"));
        assertThat(find(Span.class).withClassName("diff-deleted").all())
                .extracting(Span::getText)
                .allSatisfy(text -> assertThat(text).startsWith("informed RFA ").contains(word));
        rows.get(1).checkbox().setValue(false);

        test(find(Button.class).withText("Apply to chosen paragraphs").single()).click();

        assertThat(fixtures.paragraphs(articleId))
                .extracting(ParagraphRow::correctedText)
                .containsExactly(
                        "The ministry told RFA</b>.",
                        "Officials informed RFA that " + word + " was closed.",
                        "The sibling told RFA as well.");
        assertThat(find(Span.class).withText("2 paragraphs changed, 0 skipped.").all())
                .hasSize(1);

        test(find(Button.class).withText("Undo this replace").single()).click();

        assertThat(fixtures.paragraphs(articleId))
                .extracting(ParagraphRow::revision)
                .containsExactly(3, 1, 3);
        assertThat(find(Span.class)
                        .withText("2 paragraphs reverted, 0 left as they are.")
                        .all())
                .hasSize(1);
    }

    @Test
    void a_saved_search_becomes_a_quick_filter_that_runs_it_again() {
        var view = navigate("search", SearchView.class);
        test(view.form().queryField()).setValue("informed RFA of " + word);
        test(find(com.vaadin.flow.component.textfield.TextField.class)
                        .withPropertyValue(
                                com.vaadin.flow.component.textfield.TextField::getPlaceholder, "Name this search")
                        .single())
                .setValue(word + " sibling");
        test(find(Button.class).withText("Save search").single()).click();

        test(view.form().queryField()).setValue("");
        test(find(Button.class).withText(word + " sibling").single()).click();

        assertThat(view.form().queryField().getValue()).isEqualTo("informed RFA of " + word);
        assertThat(find(Span.class)
                        .withText("1 matches in 1 paragraph texts across 1 articles")
                        .all())
                .hasSize(1);
    }
}
