package org.copydesk.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Published when a reviewer sent a paragraph back to {@code editor}, the author of its latest revision. */
public record ChangesRequested(
        long articleId,
        long paragraphId,
        int position,
        int revision,
        String reviewer,
        String editor,
        ChangeReason reason,
        @Nullable String comment,
        Instant at) {}
