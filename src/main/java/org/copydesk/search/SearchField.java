package org.copydesk.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The text of a paragraph a match was found in. */
public enum SearchField {
    SOURCE,
    CORRECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
