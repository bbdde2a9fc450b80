package org.copydesk.export.writer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The few words the export files themselves carry (they are files, not screens, so they do not go through i18n). */
final class Wording {

    static final String DRAFT = "DRAFT: not approved for publication";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Wording() {}

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** Who last changed the paragraph and who approved it, when known: the record a desk editor files. */
    static String record(ExportParagraph paragraph) {
        String record = "Last changed by " + paragraph.lastChangedBy() + " on " + when(paragraph.lastChangedAt());
        if (paragraph.approvedBy() != null && paragraph.approvedAt() != null) {
            record += "; approved by " + paragraph.approvedBy() + " on " + when(paragraph.approvedAt());
        } else if (paragraph.status() == ExportParagraph.Status.APPROVED) {
            record += "; approved";
        } else {
            record += "; not approved";
        }
        return record + ".";
    }

    static String status(ExportParagraph.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String kind(ExportParagraph paragraph) {
        return switch (paragraph.kind()) {
            case BODY -> "body";
            case HEADING -> "heading " + paragraph.level();
            case BOILERPLATE -> "boilerplate";
        };
    }
}
