package org.copydesk.article.service;

import java.time.Instant;
import org.copydesk.article.domain.Paragraph;
import org.copydesk.article.domain.ParagraphKind;
import org.copydesk.article.domain.ParagraphStatus;

/** A paragraph as the workspace and the API show it; {@code revision} is the number of its newest revision. */
public record ParagraphRow(
        long id,
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
