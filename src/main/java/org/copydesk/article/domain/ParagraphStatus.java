package org.copydesk.article.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a paragraph stands in the edit and review workflow (see product.md, "Paragraph status"). */
public enum ParagraphStatus {
    UNTOUCHED,
    EDITED,
    SUBMITTED,
    APPROVED,
    CHANGES_REQUESTED;

    /** The lower-case name used in the REST API and the UI, e.g. {@code changes_requested}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
