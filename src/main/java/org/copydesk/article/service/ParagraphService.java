package org.copydesk.article.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.StatusChange;
import org.copydesk.article.domain.Article;
import org.copydesk.article.domain.ArticleRepository;
import org.copydesk.article.domain.Paragraph;
import org.copydesk.article.domain.ParagraphRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the current state of paragraphs for the features that drive it (editing writes corrected text, review
 * moves statuses). The article feature owns the paragraphs table; every change goes through a guarded method of
 * {@link Paragraph} and through {@code changed}, the one place that keeps the article's figures in step. Each
 * method joins the caller's transaction (it must have one), so the caller's own records and the paragraph change
 * commit or roll back together.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(propagation = Propagation.MANDATORY)
public class ParagraphService {

    private final ParagraphRepository paragraphs;
    private final ArticleRepository articles;

    ParagraphService(ParagraphRepository paragraphs, ArticleRepository articles) {
        this.paragraphs = paragraphs;
        this.articles = articles;
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
        return changed(paragraph, before, at);
    }

    /** Review steps through the paragraph's state machine (refusals change nothing); the caller locked the row. */
    public StatusChange submit(long paragraphId, Instant at) {
        return transition(locked(paragraphId), Paragraph::submit, at);
    }

    public StatusChange approve(long paragraphId, String reviewer, Instant at) {
        return transition(locked(paragraphId), p -> p.approve(reviewer), at);
    }

    public StatusChange requestChanges(long paragraphId, Instant at) {
        return transition(locked(paragraphId), Paragraph::requestChanges, at);
    }

    private StatusChange transition(Paragraph paragraph, Function<Paragraph, StatusChange> step, Instant at) {
        var before = paragraph.getStatus();
        var change = step.apply(paragraph);
        if (change instanceof StatusChange.Done) {
            changed(paragraph, before, at);
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

    /**
     * The one way out of every change: the article's counters, status and last activity follow the paragraph in
     * the same transaction. The article row is locked for that, after the paragraph row (always in that order).
     */
    private ParagraphRow changed(Paragraph paragraph, ParagraphStatus before, Instant at) {
        Article article = articles.findForUpdate(paragraph.getArticleId())
                .orElseThrow(() -> new IllegalStateException("paragraph " + paragraph.getId() + " has no article"));
        article.recordChange(paragraph.getKind(), before, paragraph.getStatus(), at);
        return ParagraphRow.of(paragraph);
    }
}
