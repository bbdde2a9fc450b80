package org.copydesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a paragraph is within its article; boilerplate is kept but left out of clean copy by default. */
public enum ParagraphKind {
    BODY,
    HEADING,
    BOILERPLATE;

    /** The lower-case name used in the REST API and the UI. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
