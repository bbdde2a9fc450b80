package org.copydesk.editing.service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.editing.domain.DraftRepository;
import org.copydesk.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each account's unsaved text per paragraph on the server until it is saved or discarded, so a reload or a
 * lost connection loses nothing. Drafts are private: every method works on the signed-in account's own drafts.
 */
@Service
public class DraftService {

    private final DraftRepository drafts;
    private final Clock clock;

    DraftService(DraftRepository drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    /**
     * Keeps {@code text}, typed on revision {@code baseRevision}, as the signed-in account's draft of the paragraph,
     * replacing its earlier draft. Refused (with the reason) when the text could never be saved.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public Optional<String> keep(long articleId, long paragraphId, String text, int baseRevision) {
        Optional<String> problem = TextRules.problemWith(text);
        if (problem.isPresent()) {
            return problem;
        }
        drafts.upsert(CurrentUser.username(), paragraphId, articleId, text, baseRevision, clock.instant());
        return Optional.empty();
    }

    /** Forgets the signed-in account's draft of the paragraph; true when there was one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean discard(long paragraphId) {
        return drafts.delete(CurrentUser.username(), paragraphId) > 0;
    }

    /** The signed-in account's drafts in this article, by paragraph id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, DraftSummary> drafts(long articleId) {
        return drafts.findByArticle(articleId, CurrentUser.username()).stream()
                .map(DraftSummary::of)
                .collect(Collectors.toMap(DraftSummary::paragraphId, Function.identity()));
    }

    /** A saved revision makes its author's draft of that paragraph obsolete, in the same transaction. */
    @EventListener
    void on(ParagraphRevised event) {
        drafts.delete(event.author(), event.paragraphId());
    }
}
