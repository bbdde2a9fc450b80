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
        jdbc.update(RECOUNT, paragraphId);
    }

    /** The article's figures and status as the article feature keeps them (see V11), recounted for the fixture. */
    private static final String RECOUNT = """
            update articles a
            set approved_count = c.approved, untouched_count = c.untouched, edited_count = c.edited,
                submitted_count = c.submitted, work_approved_count = c.work_approved,
                work_untouched_count = c.work_untouched, work_submitted_count = c.work_submitted,
                status = case
                    when c.work > 0 and c.work_approved = c.work then 'APPROVED'
                    when c.work > 0 and c.work_submitted + c.work_approved = c.work then 'IN_REVIEW'
                    when c.work_untouched < c.work then 'IN_PROGRESS'
                    else 'NEW' end
            from (select article_id,
                         count(*) filter (where status = 'APPROVED') as approved,
                         count(*) filter (where status = 'UNTOUCHED') as untouched,
                         count(*) filter (where status = 'EDITED') as edited,
                         count(*) filter (where status = 'SUBMITTED') as submitted,
                         count(*) filter (where kind <> 'BOILERPLATE') as work,
                         count(*) filter (where kind <> 'BOILERPLATE' and status = 'APPROVED') as work_approved,
                         count(*) filter (where kind <> 'BOILERPLATE' and status = 'SUBMITTED') as work_submitted,
                         count(*) filter (where kind <> 'BOILERPLATE' and status = 'UNTOUCHED') as work_untouched
                  from paragraphs
                  where article_id = (select article_id from paragraphs where id = ?)
                  group by article_id) c
            where a.id = c.article_id""";
}
