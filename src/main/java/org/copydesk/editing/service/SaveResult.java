package org.copydesk.editing.service;

import org.copydesk.article.service.ParagraphRow;

/** The outcome of saving corrected text. Nothing is ever overwritten: a stale save comes back as a conflict. */
public sealed interface SaveResult {

    /** A new revision was written; {@code paragraph} is the paragraph as it now stands. */
    record Saved(ParagraphRow paragraph) implements SaveResult {}

    /** The text equals the current corrected text; no revision was written. */
    record Unchanged(ParagraphRow paragraph) implements SaveResult {}

    /**
     * The save was based on an older revision than the current one. {@code theirs} is the paragraph as it stands
     * (the newer text, its revision and author), {@code base} the revision the save was based on, so the editor can
     * compare the three and choose.
     */
    record Conflict(ParagraphRow theirs, RevisionSummary base) implements SaveResult {}

    /** The account may not change this paragraph now; {@code reason} says why. */
    record NotAllowed(String reason) implements SaveResult {}

    /** The request cannot be applied as asked (text with control characters, a base revision that never existed). */
    record Invalid(String reason) implements SaveResult {}

    /** No paragraph has this id. */
    record NotFound(long paragraphId) implements SaveResult {}
}
