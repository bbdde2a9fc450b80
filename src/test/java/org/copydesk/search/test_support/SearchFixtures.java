package org.copydesk.search.test_support;

import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports small articles for search tests and reads their paragraphs back. */
public final class SearchFixtures {

    private final ArticleImportService importer;
    private final ArticleQueryService articles;
    private final JdbcTemplate jdbc;

    public SearchFixtures(ArticleImportService importer, ArticleQueryService articles, JdbcTemplate jdbc) {
        this.importer = importer;
        this.articles = articles;
        this.jdbc = jdbc;
    }

    /** A word no other test's article contains, so a search for it sees only this test's paragraphs. */
    public static String uniqueWord() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Imports an article with these paragraphs and returns its id. */
    public long article(String... paragraphs) {
        var text = Articles.article("Search");
        for (String p : paragraphs) {
            text.paragraph(p);
        }
        var imported = AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT));
        return ((ImportResult.Imported) imported).articleId();
    }

    public List<ParagraphRow> paragraphs(long articleId) {
        return AsUser.editor(() -> articles.find(articleId)).orElseThrow().paragraphs();
    }

    public ParagraphRow paragraph(long articleId, int index) {
        return paragraphs(articleId).get(index);
    }

    /**
     * Marks a paragraph approved, as a reviewer's approval would (the review feature is built in parallel; this
     * fixture stands in for it in tests only).
     */
    public void approve(long paragraphId) {
        jdbc.update("update paragraphs set status = 'APPROVED' where id = ?", paragraphId);
    }
}
