package org.copydesk.editing.service;

import java.util.List;
import org.copydesk.article.ArticleImported;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.domain.Revision;
import org.copydesk.editing.domain.RevisionRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records revision 1 (kind import) of every imported paragraph, so a paragraph's history starts with its source
 * text. Runs synchronously in the import's transaction: if this fails, the import is rolled back whole.
 */
@Component
class ImportRevisionsRecorder {

    private final RevisionRepository revisions;

    ImportRevisionsRecorder(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    @EventListener
    void on(ArticleImported event) {
        List<Revision> first = event.paragraphs().stream()
                .map(p -> new Revision(
                        p.paragraphId(), 1, p.text(), event.author(), event.at(), RevisionKind.IMPORT, null))
                .toList();
        revisions.saveAll(first);
    }
}
