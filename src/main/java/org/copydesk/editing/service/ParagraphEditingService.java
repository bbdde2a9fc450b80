package org.copydesk.editing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.article.service.ParagraphService;
import org.copydesk.base.InteractiveTimeouts;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.domain.Revision;
import org.copydesk.editing.domain.RevisionRepository;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves corrected text as new revisions and reads a paragraph's history. */
@Service
public class ParagraphEditingService {

    /** Far above any real paragraph; keeps one request from storing megabytes in a row. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    private final ParagraphService paragraphs;
    private final RevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InteractiveTimeouts timeouts;

    ParagraphEditingService(
            ParagraphService paragraphs,
            RevisionRepository revisions,
            ApplicationEventPublisher events,
            Clock clock,
            InteractiveTimeouts timeouts) {
        this.timeouts = timeouts;
        this.paragraphs = paragraphs;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves {@code text} as the paragraph's next revision, provided the caller saw the current one
     * ({@code baseRevision}). The paragraph row is locked for the check and the write, so of two saves based on the
     * same revision exactly one wins and the other gets a {@link SaveResult.Conflict}; nothing is overwritten. It never
     * waits forever: past the {@link InteractiveTimeouts} it fails with a retryable data-access exception.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public SaveResult save(long paragraphId, String text, int baseRevision) {
        return save(paragraphId, text, baseRevision, RevisionKind.EDIT, null);
    }

    /**
     * Like {@link #save(long, String, int)}, for the features that write corrected text on an editor's behalf: the
     * revision records its {@code kind} (suggestion accepted, replace-all, revert) and an optional {@code message}
     * saying why (at most 500 characters). Imports are recorded by the import itself, never through here.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public SaveResult save(
            long paragraphId, String text, int baseRevision, RevisionKind kind, @Nullable String message) {
        if (kind == RevisionKind.IMPORT) {
            throw new IllegalArgumentException("import revisions are written by the import");
        }
        if (message != null && message.length() > 500) {
            throw new IllegalArgumentException("a revision message has at most 500 characters");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        Optional<String> invalid = TextRules.problemWith(normalised);
        if (invalid.isPresent()) {
            return new SaveResult.Invalid(invalid.get());
        }
        timeouts.applyToCurrentTransaction();
        Optional<ParagraphRow> found = paragraphs.lockForChange(paragraphId);
        if (found.isEmpty()) {
            return new SaveResult.NotFound(paragraphId);
        }
        ParagraphRow paragraph = found.get();
        if (baseRevision != paragraph.revision()) {
            return conflictOrInvalid(paragraph, baseRevision);
        }
        if (normalised.equals(paragraph.correctedText())) {
            return new SaveResult.Unchanged(paragraph);
        }
        boolean reviewerOrAdmin = CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN);
        if (!paragraph.status().isEditableBy(reviewerOrAdmin)) {
            return new SaveResult.NotAllowed("This paragraph is approved; only reviewers and admins may change it.");
        }
        String author = CurrentUser.username();
        Instant now = clock.instant();
        ParagraphRow revised = paragraphs.revise(paragraphId, normalised, author, now, reviewerOrAdmin);
        revisions.save(
                new Revision(paragraphId, revised.revision(), normalised, author, now, kind, baseRevision, message));
        events.publishEvent(new ParagraphRevised(revised.articleId(), paragraphId, revised.revision(), author, now));
        return new SaveResult.Saved(revised);
    }

    /** Every revision of the paragraph, oldest first; empty when no paragraph has this id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<List<RevisionSummary>> history(long paragraphId) {
        if (!paragraphs.exists(paragraphId)) {
            return Optional.empty();
        }
        return Optional.of(revisions.findByParagraphIdOrderByNumber(paragraphId).stream()
                .map(RevisionSummary::of)
                .toList());
    }

    private SaveResult conflictOrInvalid(ParagraphRow paragraph, int baseRevision) {
        if (baseRevision < 1 || baseRevision > paragraph.revision()) {
            return new SaveResult.Invalid("Revision " + baseRevision
                    + " of this paragraph does not exist; it is at revision " + paragraph.revision() + ".");
        }
        Revision base = revisions
                .findByParagraphIdAndNumber(paragraph.id(), baseRevision)
                .orElseThrow(() -> new IllegalStateException(
                        "paragraph " + paragraph.id() + " lacks revision " + baseRevision + " in its history"));
        return new SaveResult.Conflict(paragraph, RevisionSummary.of(base));
    }
}
