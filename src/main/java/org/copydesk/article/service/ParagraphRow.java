package org.copydesk.article.service;

import java.time.Instant;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.domain.Paragraph;

/** A paragraph as the workspace and the API show it; {@code revision} is the number of its newest revision. */
public record ParagraphRow(
        long id,
        long articleId,
        int position,
        ParagraphKind kind,
        String sourceText,
        String correctedText,
        ParagraphStatus status,
        int revision,
        Instant updatedAt,
        String updatedBy) {

    public static ParagraphRow of(Paragraph p) {
        return new ParagraphRow(
                p.getId(),
                p.getArticleId(),
                p.getPosition(),
                p.getKind(),
                p.getSourceText(),
                p.getCorrectedText(),
                p.getStatus(),
                p.getRevision(),
                p.getUpdatedAt(),
                p.getUpdatedBy());
    }
}
