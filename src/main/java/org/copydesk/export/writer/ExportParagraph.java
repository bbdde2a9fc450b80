package org.copydesk.export.writer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph as exports see it. {@code headingLevel} is null for a heading whose format gave no level (plain
 * text); {@code approvedBy} and {@code approvedAt} are null until someone approved the paragraph (or while Copydesk
 * does not know who did). {@code comments} is the paragraph's comment threads, oldest first.
 */
public record ExportParagraph(
        int position,
        Kind kind,
        @Nullable Integer headingLevel,
        String sourceText,
        String correctedText,
        Status status,
        String lastChangedBy,
        Instant lastChangedAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        List<ExportComment> comments) {

    /** Level for a heading without one: one under the title, which is level 1. */
    public static final int DEFAULT_HEADING_LEVEL = 2;

    public enum Kind {
        BODY,
        HEADING,
        BOILERPLATE
    }

    public enum Status {
        UNTOUCHED,
        EDITED,
        SUBMITTED,
        APPROVED,
        CHANGES_REQUESTED
    }

    public ExportParagraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(correctedText, "correctedText");
        Objects.requireNonNull(status, "status");
        comments = List.copyOf(comments);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    /** A heading's level from 1 to 6. */
    public int level() {
        return headingLevel == null ? DEFAULT_HEADING_LEVEL : Math.clamp(headingLevel, 1, 6);
    }

    /** Whether the corrected text differs from the source text. */
    public boolean edited() {
        return !sourceText.equals(correctedText);
    }
}
