package org.copydesk.article.domain;

/** What a paragraph is within its article; boilerplate is kept but left out of clean copy by default. */
public enum ParagraphKind {
    BODY,
    HEADING,
    BOILERPLATE;

    /** The lower-case name used in the REST API and the UI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
