package org.copydesk.article.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Articles.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The list reads figures kept on the article row; these tests prove they stay true to the paragraphs. */
@CopydeskContext
class ArticleListTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_total_of_an_unfiltered_or_status_filtered_list_is_exact_after_imports_and_status_changes() {
        var before = totals();
        var first = imported(article(unique("Counted")).paragraphs(2));
        imported(article(unique("Counted")).paragraphs(2));
        var p = first.paragraphs().getLast();
        AsUser.editor(() -> editing.save(p.id(), p.sourceText() + " Fixed.", p.revision()));

        var after = totals();
        assertThat(after).isEqualTo(counted());
        assertThat(after.get(null) - before.get(null)).isEqualTo(2);
        assertThat(after.get(ArticleStatus.NEW) - before.get(ArticleStatus.NEW)).isEqualTo(1);
        assertThat(after.get(ArticleStatus.IN_PROGRESS) - before.get(ArticleStatus.IN_PROGRESS))
                .isEqualTo(1);
    }

    @Test
    void the_total_stays_exact_when_many_articles_are_inserted_moved_and_deleted_in_single_statements() {
        var before = totals();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("""
                    insert into articles (id, title, byline, format, content_hash, imported_by, imported_at, status,
                        last_activity_at)
                    select 90000000 + n, 'Bulk ' || n, 'Jane Reporter', 'PLAIN_TEXT', md5('bulk total ' || n),
                        'editor', now(), case when n % 2 = 0 then 'NEW' else 'APPROVED' end, now()
                    from generate_series(1, 6) n""");
            assertThat(totals()).isEqualTo(counted());
            jdbc.update("update articles set status = 'IN_REVIEW' where id between 90000001 and 90000006");
            assertThat(totals()).isEqualTo(counted());
            assertThat(totals().get(ArticleStatus.IN_REVIEW) - before.get(ArticleStatus.IN_REVIEW))
                    .isEqualTo(6);
            jdbc.update("delete from articles where id between 90000001 and 90000004");
            assertThat(totals()).isEqualTo(counted());
            assertThat(totals().get(null) - before.get(null)).isEqualTo(2);
            tx.setRollbackOnly();
        });
        assertThat(totals()).isEqualTo(before).isEqualTo(counted());
    }

    @Test
    void concurrent_imports_are_all_counted_in_the_total() throws Exception {
        long before = totals().get(null);
        List<Callable<ArticleDetail>> imports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            imports.add(() -> imported(article(unique("Concurrent import")).paragraphs(2)));
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<ArticleDetail> result : pool.invokeAll(imports)) {
                result.get();
            }
        }

        assertThat(totals().get(null) - before).isEqualTo(8);
        assertThat(totals()).isEqualTo(counted());
    }

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

    /** The totals the service reports, unfiltered (key null) and for each status. */
    private Map<ArticleStatus, Long> totals() {
        var totals = new HashMap<ArticleStatus, Long>();
        totals.put(null, AsUser.editor(() -> articles.count(ArticleListQuery.ALL)));
        for (ArticleStatus status : ArticleStatus.values()) {
            totals.put(
                    status,
                    AsUser.editor(
                            () -> articles.count(new ArticleListQuery(status, null, ArticleListQuery.Order.ACTIVITY))));
        }
        return totals;
    }

    /** The same totals counted row by row. */
    private Map<ArticleStatus, Long> counted() {
        var counted = new HashMap<ArticleStatus, Long>();
        counted.put(null, jdbc.queryForObject("select count(*) from articles", Long.class));
        for (ArticleStatus status : ArticleStatus.values()) {
            counted.put(
                    status,
                    jdbc.queryForObject("select count(*) from articles where status = ?", Long.class, status.name()));
        }
        return counted;
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
