package org.copydesk.article.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.StatusChange;
import org.copydesk.article.domain.Paragraph;
import org.copydesk.article.domain.ParagraphRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the current state of paragraphs for the features that drive it (editing writes corrected text, review
 * moves statuses). The article feature owns the paragraphs table; every change goes through a guarded method of
 * {@link Paragraph} and through {@link #changed}, the one place that keeps the article's figures in step. Each
 * method joins the caller's transaction (it must have one), so the caller's own records and the paragraph change
 * commit or roll back together.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(propagation = Propagation.MANDATORY)
public class ParagraphService {

    private final ParagraphRepository paragraphs;

    ParagraphService(ParagraphRepository paragraphs) {
        this.paragraphs = paragraphs;
    }

    /**
     * Locks the paragraph's row until the caller's transaction ends and returns it as it is now, so that concurrent
     * changes of one paragraph queue up; empty when no paragraph has this id.
     */
    public Optional<ParagraphRow> lockForChange(long paragraphId) {
        return paragraphs.findForUpdate(paragraphId).map(ParagraphRow::of);
    }

    /**
     * Makes {@code text} the corrected text as the paragraph's next revision and returns the changed row; its
     * {@code revision} is the new revision's number. The caller has locked the row with {@link #lockForChange}.
     *
     * @throws IllegalStateException when the paragraph is approved and the author is not a reviewer or admin (the
     *     caller checks {@link org.copydesk.article.ParagraphStatus#isEditableBy} first and answers with a reason)
     */
    public ParagraphRow revise(long paragraphId, String text, String author, Instant at, boolean reviewerOrAdmin) {
        Paragraph paragraph = locked(paragraphId);
        var before = paragraph.getStatus();
        paragraph.revise(text, author, at, reviewerOrAdmin);
        return changed(paragraph, before);
    }

    /** Review steps through the paragraph's state machine; the caller has locked the row. */
    public StatusChange submit(long paragraphId) {
        return transition(locked(paragraphId), Paragraph::submit);
    }

    public StatusChange approve(long paragraphId, String reviewer) {
        return transition(locked(paragraphId), p -> p.approve(reviewer));
    }

    public StatusChange requestChanges(long paragraphId) {
        return transition(locked(paragraphId), Paragraph::requestChanges);
    }

    private StatusChange transition(Paragraph paragraph, Function<Paragraph, StatusChange> step) {
        var before = paragraph.getStatus();
        var change = step.apply(paragraph);
        if (change instanceof StatusChange.Done) {
            changed(paragraph, before);
        }
        return change;
    }

    /** Whether a paragraph has this id. */
    @Transactional(readOnly = true)
    public boolean exists(long paragraphId) {
        return paragraphs.existsById(paragraphId);
    }

    private Paragraph locked(long paragraphId) {
        return paragraphs
                .findForUpdate(paragraphId)
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + paragraphId));
    }

    private ParagraphRow changed(Paragraph paragraph, ParagraphStatus before) {
        return ParagraphRow.of(paragraph);
    }
}
