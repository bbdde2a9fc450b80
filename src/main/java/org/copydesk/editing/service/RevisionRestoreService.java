package org.copydesk.editing.service;

import java.util.Optional;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.domain.Revision;
import org.copydesk.editing.domain.RevisionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings back the text of an earlier revision as a new revision of kind {@code revert}: history is never rewritten,
 * and the same conflict rule as a save applies (the caller names the revision it saw).
 */
@Service
public class RevisionRestoreService {

    private final ParagraphEditingService editing;
    private final RevisionRepository revisions;

    RevisionRestoreService(ParagraphEditingService editing, RevisionRepository revisions) {
        this.editing = editing;
        this.revisions = revisions;
    }

    /**
     * Writes the text of revision {@code number} as the paragraph's next revision, provided the caller saw the current
     * one ({@code baseRevision}); otherwise a {@link SaveResult.Conflict}, and nothing is written.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public SaveResult restore(long paragraphId, int number, int baseRevision) {
        Optional<Revision> restored = revisions.findByParagraphIdAndNumber(paragraphId, number);
        if (restored.isEmpty()) {
            return new SaveResult.Invalid("Revision " + number + " of this paragraph does not exist.");
        }
        return editing.save(
                paragraphId,
                restored.get().getText(),
                baseRevision,
                RevisionKind.REVERT,
                "Restored revision " + number + ".");
    }
}
