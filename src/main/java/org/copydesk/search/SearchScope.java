package org.copydesk.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which text of a paragraph a search looks in. A replace always changes the corrected text only. */
public enum SearchScope {
    SOURCE,
    CORRECTED,
    BOTH;

    public boolean includes(SearchField field) {
        return this == BOTH || name().equals(field.name());
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SearchScope of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
