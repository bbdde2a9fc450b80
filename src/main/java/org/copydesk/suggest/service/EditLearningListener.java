package org.copydesk.suggest.service;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every stored revision teaches the learned fixes: its text against the paragraph's source. It runs after the save
 * has committed, on a single background thread (as the saving user), and swallows its own failures, so learning can
 * never change, delay or undo a save.
 */
@Component
class EditLearningListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EditLearningListener.class);

    private final ParagraphEditingService editing;
    private final LearningService learning;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("copydesk-learning").daemon().factory());

    EditLearningListener(ParagraphEditingService editing, LearningService learning) {
        this.editing = editing;
        this.learning = learning;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ParagraphRevised revised) {
        Authentication author = SecurityContextHolder.getContext().getAuthentication();
        if (author == null) {
            return;
        }
        worker.execute(() -> SystemActor.callAs(author, () -> {
            learn(revised);
            return null;
        }));
    }

    private void learn(ParagraphRevised revised) {
        try {
            List<RevisionSummary> history =
                    editing.history(revised.paragraphId()).orElse(List.of());
            if (history.isEmpty()) {
                return;
            }
            String source = history.getFirst().text();
            history.stream()
                    .filter(r -> r.number() == revised.revision())
                    .findFirst()
                    .ifPresent(
                            r -> learning.learnFromEdit(revised.articleId(), revised.paragraphId(), source, r.text()));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not learn from revision {} of paragraph {}: {}",
                    revised.revision(),
                    revised.paragraphId(),
                    e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
