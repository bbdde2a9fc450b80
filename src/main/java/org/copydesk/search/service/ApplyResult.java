package org.copydesk.search.service;

import java.time.Instant;
import java.util.UUID;

/** The outcome of applying a stored replace preview. */
public sealed interface ApplyResult {

    record Applied(ReplaceOutcome outcome) implements ApplyResult {}

    /** No preview of this account has this id. */
    record NotFound(UUID previewId) implements ApplyResult {}

    /** A preview is applied once; this one was, at {@code at}. */
    record AlreadyApplied(UUID previewId, Instant at) implements ApplyResult {}

    /** The selection names paragraphs the preview does not hold. */
    record Invalid(String reason) implements ApplyResult {}
}
