package org.copydesk.export.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.comment.service.CommentView;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportComment;
import org.copydesk.export.writer.ExportParagraph;
import org.copydesk.review.service.Approval;
import org.jspecify.annotations.Nullable;

/** Builds the writers' read model from the article, review and comment services' records. */
final class ExportArticles {

    private ExportArticles() {}

    static ExportArticle of(
            ArticleDetail article,
            Map<Long, Approval> approvals,
            Map<Long, List<CommentView>> comments,
            String exportedBy,
            Instant exportedAt) {
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
                        .map(row -> paragraph(row, approvals.get(row.id()), comments.getOrDefault(row.id(), List.of())))
                        .toList());
    }

    /** The approval is named only while the paragraph is still approved (an edit since sends it back to review). */
    private static ExportParagraph paragraph(ParagraphRow row, @Nullable Approval approval, List<CommentView> thread) {
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
                approved ? approval.at() : null,
                comments(thread));
    }

    /** A reply counts as resolved when the comment that opens its thread is. */
    private static List<ExportComment> comments(List<CommentView> thread) {
        Map<Long, Boolean> resolvedThreads = new HashMap<>();
        thread.stream()
                .filter(c -> c.parentId() == null)
                .forEach(c -> resolvedThreads.put(c.id(), c.resolvedAt() != null));
        return thread.stream()
                .map(c -> new ExportComment(
                        c.id(),
                        c.parentId(),
                        c.author(),
                        c.text(),
                        c.createdAt(),
                        c.editedAt(),
                        resolvedThreads.getOrDefault(c.parentId() == null ? c.id() : c.parentId(), false),
                        c.resolvedBy(),
                        c.resolvedAt()))
                .toList();
    }
}
