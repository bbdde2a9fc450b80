package org.copydesk.suggest.service;

import java.util.List;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every stored revision teaches the learned fixes: its text against the paragraph's source. A module listener: it
 * runs after the save has committed, in its own transaction, so learning can never change or undo a save; if it
 * fails, the event stays in the registry and is handed out again.
 */
@Component
class EditLearningListener {

    private final ParagraphEditingService editing;
    private final LearningService learning;

    EditLearningListener(ParagraphEditingService editing, LearningService learning) {
        this.editing = editing;
        this.learning = learning;
    }

    @ApplicationModuleListener
    void on(ParagraphRevised revised) {
        SystemActor.call(() -> {
            List<RevisionSummary> history =
                    editing.history(revised.paragraphId()).orElse(List.of());
            if (!history.isEmpty()) {
                String source = history.getFirst().text();
                history.stream()
                        .filter(r -> r.number() == revised.revision())
                        .findFirst()
                        .ifPresent(r -> learning.learnFromEdit(
                                revised.articleId(), revised.paragraphId(), source, r.text(), revised.author()));
            }
            return null;
        });
    }
}
