package org.copydesk.editing.service;

/**
 * Something that happened to a paragraph of an open article, on any Copydesk node: a new revision, or someone
 * starting or stopping work on it.
 */
public sealed interface ParagraphActivity {

    long articleId();

    long paragraphId();

    /** {@code author} saved revision {@code revision}. */
    record Revised(long articleId, long paragraphId, int revision, String author) implements ParagraphActivity {}

    /** {@code username} started ({@code editing}) or stopped working on the paragraph in window {@code window}. */
    record Presence(long articleId, long paragraphId, String username, String window, boolean editing)
            implements ParagraphActivity {}
}
