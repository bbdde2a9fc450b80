package org.copydesk.search.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a replace (or its undo) left a paragraph alone. */
public enum SkipReason {
    /** Someone saved the paragraph after the preview (or after the replace, for an undo). */
    CHANGED_SINCE,
    /** The paragraph is approved and the account is an editor. */
    APPROVED,
    /** The text would break the rules for corrected text (too long, control characters). */
    INVALID,
    /** The paragraph no longer exists. */
    GONE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
