package org.copydesk.export.service;

import java.time.Instant;
import java.util.Map;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportParagraph;
import org.copydesk.review.service.Approval;
import org.jspecify.annotations.Nullable;

/** Builds the writers' read model from the article service's record. */
final class ExportArticles {

    private ExportArticles() {}

    static ExportArticle of(
            ArticleDetail article, Map<Long, Approval> approvals, String exportedBy, Instant exportedAt) {
        return new ExportArticle(
                article.id(),
                article.title(),
                article.byline(),
                article.sourceLanguage(),
                article.targetLanguage(),
                article.status() == ArticleStatus.APPROVED,
                exportedBy,
                exportedAt,
                article.paragraphs().stream()
                        .map(row -> paragraph(row, approvals.get(row.id())))
                        .toList());
    }

    /** The approval is named only while the paragraph is still approved (an edit since sends it back to review). */
    private static ExportParagraph paragraph(ParagraphRow row, @Nullable Approval approval) {
        boolean approved = row.status() == ParagraphStatus.APPROVED && approval != null;
        return new ExportParagraph(
                row.position(),
                ExportParagraph.Kind.valueOf(row.kind().name()),
                row.headingLevel(),
                row.sourceText(),
                row.correctedText(),
                ExportParagraph.Status.valueOf(row.status().name()),
                row.updatedBy(),
                row.updatedAt(),
                approved ? approval.reviewer() : null,
                approved ? approval.at() : null);
    }
}
