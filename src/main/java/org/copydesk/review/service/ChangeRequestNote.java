package org.copydesk.review.service;

import java.time.Instant;
import org.copydesk.review.ChangeReason;
import org.jspecify.annotations.Nullable;

/** Why a paragraph was sent back, shown to its editor until it is submitted again. */
public record ChangeRequestNote(
        long paragraphId, ChangeReason reason, @Nullable String comment, String reviewer, Instant at) {}
