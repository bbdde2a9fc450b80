package org.copydesk.editing.service;

import java.time.Instant;
import org.copydesk.editing.domain.Draft;

/** Unsaved text of one paragraph by the signed-in account, and the revision it was typed on. */
public record DraftSummary(long paragraphId, String text, int baseRevision, Instant updatedAt) {

    static DraftSummary of(Draft d) {
        return new DraftSummary(d.getParagraphId(), d.getText(), d.getBaseRevision(), d.getUpdatedAt());
    }
}
