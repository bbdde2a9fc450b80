package org.copydesk.test_support;

import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.security.Role;

/** Articles in a given review state for tests: imported by an admin, paragraphs edited by named accounts. */
public final class ReviewFixtures {

    private final ArticleImportService importer;
    private final ArticleQueryService articles;
    private final ParagraphEditingService editing;

    public ReviewFixtures(
            ArticleImportService importer, ArticleQueryService articles, ParagraphEditingService editing) {
        this.importer = importer;
        this.articles = articles;
        this.editing = editing;
    }

    /** Imports an article with {@code count} body paragraphs (as the admin) and returns its id. */
    public long article(String title, int count) {
        var text = Articles.article(title).paragraphs(count);
        var imported = (ImportResult.Imported)
                AsUser.call("admin", () -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT), Role.ADMIN);
        return imported.articleId();
    }

    public List<ParagraphRow> paragraphs(long articleId) {
        return AsUser.editor(() -> articles.find(articleId)).orElseThrow().paragraphs();
    }

    /** Saves a new corrected text as {@code username} (with {@code role}) and returns the paragraph as it stands. */
    public ParagraphRow edit(ParagraphRow paragraph, String username, Role role, String text) {
        var result = AsUser.call(username, () -> editing.save(paragraph.id(), text, paragraph.revision()), role);
        return ((SaveResult.Saved) result).paragraph();
    }
}
