package org.copydesk.export.service;

import java.time.Instant;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportParagraph;

/** Builds the writers' read model from the article service's record. */
final class ExportArticles {

    private ExportArticles() {}

    static ExportArticle of(ArticleDetail article, String exportedBy, Instant exportedAt) {
        return new ExportArticle(
                article.id(),
                article.title(),
                article.byline(),
                article.sourceLanguage(),
                article.targetLanguage(),
                article.status() == ArticleStatus.APPROVED,
                exportedBy,
                exportedAt,
                article.paragraphs().stream().map(ExportArticles::paragraph).toList());
    }

    // Who approved a paragraph is not recorded yet (the review feature will); until then the record says only
    // that it is approved.
    private static ExportParagraph paragraph(ParagraphRow row) {
        return new ExportParagraph(
                row.position(),
                ExportParagraph.Kind.valueOf(row.kind().name()),
                row.headingLevel(),
                row.sourceText(),
                row.correctedText(),
                ExportParagraph.Status.valueOf(row.status().name()),
                row.updatedBy(),
                row.updatedAt(),
                null,
                null);
    }
}
