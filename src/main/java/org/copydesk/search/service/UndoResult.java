package org.copydesk.search.service;

import java.util.UUID;

/** The outcome of undoing an applied replace. */
public sealed interface UndoResult {

    record Undone(ReplaceOutcome outcome) implements UndoResult {}

    record NotFound(UUID previewId) implements UndoResult {}

    /** Only an applied replace can be undone, and only once; {@code reason} says which is the case. */
    record NotUndoable(UUID previewId, String reason) implements UndoResult {}
}
