package org.copydesk.editing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.article.service.ParagraphService;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.editing.domain.Revision;
import org.copydesk.editing.domain.RevisionKind;
import org.copydesk.editing.domain.RevisionRepository;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings back the text of an earlier revision as a new revision of kind {@code revert}: history is never rewritten,
 * and the same conflict rule as a save applies (the caller names the revision it saw).
 */
@Service
public class RevisionRestoreService {

    private final ParagraphService paragraphs;
    private final RevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevisionRestoreService(
            ParagraphService paragraphs, RevisionRepository revisions, ApplicationEventPublisher events, Clock clock) {
        this.paragraphs = paragraphs;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes the text of revision {@code number} as the paragraph's next revision, provided the caller saw the current
     * one ({@code baseRevision}); otherwise a {@link SaveResult.Conflict}, and nothing is written.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public SaveResult restore(long paragraphId, int number, int baseRevision) {
        Optional<ParagraphRow> found = paragraphs.lockForChange(paragraphId);
        if (found.isEmpty()) {
            return new SaveResult.NotFound(paragraphId);
        }
        ParagraphRow paragraph = found.get();
        Optional<Revision> restored = revisions.findByParagraphIdAndNumber(paragraphId, number);
        if (restored.isEmpty()) {
            return new SaveResult.Invalid("Revision " + number + " of this paragraph does not exist.");
        }
        if (baseRevision != paragraph.revision()) {
            return revisions
                    .findByParagraphIdAndNumber(paragraphId, baseRevision)
                    .<SaveResult>map(base -> new SaveResult.Conflict(paragraph, RevisionSummary.of(base)))
                    .orElseGet(() -> new SaveResult.Invalid("Revision " + baseRevision + " does not exist."));
        }
        String text = restored.get().getText();
        if (text.equals(paragraph.correctedText())) {
            return new SaveResult.Unchanged(paragraph);
        }
        boolean reviewerOrAdmin = CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN);
        if (!paragraph.status().isEditableBy(reviewerOrAdmin)) {
            return new SaveResult.NotAllowed("This paragraph is approved; only reviewers and admins may change it.");
        }
        String author = CurrentUser.username();
        Instant now = clock.instant();
        ParagraphRow revised = paragraphs.revise(paragraphId, text, author, now, reviewerOrAdmin);
        revisions.save(
                new Revision(paragraphId, revised.revision(), text, author, now, RevisionKind.REVERT, baseRevision));
        events.publishEvent(new ParagraphRevised(revised.articleId(), paragraphId, revised.revision(), author, now));
        return new SaveResult.Saved(revised);
    }
}
