package org.copydesk.editing.service;

import java.time.Instant;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.domain.Revision;
import org.jspecify.annotations.Nullable;

/** One entry of a paragraph's history. */
public record RevisionSummary(
        long paragraphId,
        int number,
        String text,
        String author,
        Instant createdAt,
        RevisionKind kind,
        @Nullable Integer baseRevision,
        @Nullable String message) {

    static RevisionSummary of(Revision r) {
        return new RevisionSummary(
                r.getParagraphId(),
                r.getNumber(),
                r.getText(),
                r.getAuthor(),
                r.getCreatedAt(),
                r.getKind(),
                r.getBaseRevision(),
                r.getMessage());
    }
}
