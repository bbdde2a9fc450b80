package org.copydesk.editing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a revision came about. */
public enum RevisionKind {
    IMPORT,
    EDIT,
    SUGGESTION_ACCEPTED,
    REPLACE_ALL,
    REVERT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
