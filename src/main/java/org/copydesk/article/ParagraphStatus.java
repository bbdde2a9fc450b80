package org.copydesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a paragraph stands in the edit and review workflow (see product.md, "Paragraph status"). */
public enum ParagraphStatus {
    UNTOUCHED,
    EDITED,
    SUBMITTED,
    APPROVED,
    CHANGES_REQUESTED;

    /** Whether an account may change the corrected text now: approved text is for reviewers and admins only. */
    public boolean isEditableBy(boolean reviewerOrAdmin) {
        return this != APPROVED || reviewerOrAdmin;
    }

    /** The status in words, e.g. {@code changes requested}. */
    public String label() {
        return code().replace('_', ' ');
    }

    /** The lower-case name used in the REST API and the UI, e.g. {@code changes_requested}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
