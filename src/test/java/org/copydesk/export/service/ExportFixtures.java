package org.copydesk.export.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.test_support.AsUser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Articles for the export tests. Nothing in Copydesk approves a paragraph yet (the review feature will), so an
 * approved article is made by setting the statuses and figures in the database: test data only.
 */
public final class ExportFixtures {

    private ExportFixtures() {}

    public static long imported(ArticleImportService importer, String text, ArticleFormat format) {
        ImportResult result = AsUser.editor(() -> importer.importArticle(text.getBytes(), format));
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return ((ImportResult.Imported) result).articleId();
    }

    public static void approveAll(JdbcTemplate jdbc, long articleId) {
        jdbc.update("update paragraphs set status = 'APPROVED' where article_id = ?", articleId);
        // The article row keeps its figures in step with its paragraphs (article's ParagraphService does that).
        jdbc.update("""
                update articles
                set status = 'APPROVED', approved_count = paragraph_count, untouched_count = 0, edited_count = 0,
                    submitted_count = 0, changes_requested_count = 0, work_approved_count = work_count,
                    work_untouched_count = 0, work_submitted_count = 0
                where id = ?""", articleId);
    }
}
