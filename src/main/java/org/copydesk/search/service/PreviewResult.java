package org.copydesk.search.service;

/** The outcome of previewing a replace. */
public sealed interface PreviewResult {

    /** The preview is stored; nothing has changed yet. */
    record Previewed(ReplacePreviewView preview) implements PreviewResult {}

    /** The pattern, replacement or filter cannot be used; {@code reason} says why. */
    record Invalid(String reason) implements PreviewResult {}

    /** More paragraphs would change than one replace may change; narrow it. */
    record TooMany(int limit) implements PreviewResult {}

    record TimedOut(String reason) implements PreviewResult {}
}
