package org.copydesk.article.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ArticleStatus;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list reads figures kept on the article row; these tests prove they stay true to the paragraphs. */
@CopydeskContext
class ArticleListTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Test
    void a_save_updates_the_articles_figures_status_and_last_activity_in_its_transaction() {
        var detail = imported(article(unique("Figures")).paragraphs(3));
        var first = detail.paragraphs().getFirst();

        var saved = AsUser.editor(() -> editing.save(first.id(), first.sourceText() + " Fixed.", first.revision()));

        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        ArticleListItem item = onlyItem(new ArticleListQuery(null, detail.title(), ArticleListQuery.Order.ACTIVITY));
        assertThat(item.status()).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(item.editedCount()).isEqualTo(1);
        assertThat(item.untouchedCount()).isEqualTo(item.paragraphCount() - 1);
        assertThat(item.updatedAt())
                .isEqualTo(((SaveResult.Saved) saved).paragraph().updatedAt());
    }

    @Test
    void concurrent_saves_of_different_paragraphs_of_one_article_are_all_counted() throws Exception {
        var detail = imported(article(unique("Concurrent")).paragraphs(8));
        var body = detail.paragraphs().stream()
                .filter(p -> p.kind() == org.copydesk.article.ParagraphKind.BODY)
                .toList();
        List<Callable<SaveResult>> saves = new ArrayList<>();
        for (ParagraphRow p : body) {
            saves.add(() -> AsUser.editor(() -> editing.save(p.id(), p.sourceText() + " Fixed.", p.revision())));
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<SaveResult> result : pool.invokeAll(saves)) {
                assertThat(result.get()).isInstanceOf(SaveResult.Saved.class);
            }
        }

        ArticleListItem item = onlyItem(new ArticleListQuery(null, detail.title(), ArticleListQuery.Order.ACTIVITY));
        assertThat(item.editedCount()).isEqualTo(body.size());
        assertThat(item.untouchedCount()).isEqualTo(item.paragraphCount() - body.size());
    }

    @Test
    void the_list_filters_by_status_and_title_and_shows_the_most_recently_active_first() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var older = imported(article("Older " + tag).paragraphs(2));
        var newer = imported(article("Newer " + tag).paragraphs(2));
        var p = older.paragraphs().getLast();
        AsUser.editor(() -> editing.save(p.id(), p.sourceText() + " Fixed.", p.revision()));

        var byActivity = AsUser.editor(
                () -> articles.list(new ArticleListQuery(null, tag, ArticleListQuery.Order.ACTIVITY), 0, 10));
        assertThat(byActivity).extracting(ArticleListItem::id).containsExactly(older.id(), newer.id());

        var fresh = AsUser.editor(() ->
                articles.list(new ArticleListQuery(ArticleStatus.NEW, tag, ArticleListQuery.Order.ACTIVITY), 0, 10));
        assertThat(fresh).extracting(ArticleListItem::id).containsExactly(newer.id());
        assertThat(AsUser.editor(() -> articles.count(new ArticleListQuery(null, tag.toUpperCase(), null))))
                .isEqualTo(2);

        var byTitle = AsUser.editor(
                () -> articles.list(new ArticleListQuery(null, tag, ArticleListQuery.Order.TITLE), 0, 10));
        assertThat(byTitle).extracting(ArticleListItem::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void a_title_search_treats_percent_and_underscore_as_text() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var literal = imported(article("Up 50% " + tag + " today").paragraphs(1));
        imported(article("Up 500 " + tag + " today").paragraphs(1));

        var found = AsUser.editor(
                () -> articles.list(new ArticleListQuery(null, "50% " + tag, ArticleListQuery.Order.ACTIVITY), 0, 10));

        assertThat(found).extracting(ArticleListItem::id).containsExactly(literal.id());
    }

    private ArticleDetail imported(org.copydesk.test_support.Articles text) {
        var result = (ImportResult.Imported)
                AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT));
        return AsUser.editor(() -> articles.find(result.articleId())).orElseThrow();
    }

    private ArticleListItem onlyItem(ArticleListQuery query) {
        var items = AsUser.editor(() -> articles.list(query, 0, 10));
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID();
    }
}
