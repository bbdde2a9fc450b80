package org.copydesk.workspace;

import org.copydesk.article.service.ParagraphRow;
import org.springframework.stereotype.Component;

/**
 * The one place where features put their own parts into a workspace row. A feature writes a component in its own
 * {@code ui} package that takes a {@link ParagraphRow} (and its own service), and adds one line here putting it into
 * {@link WorkspaceRow#actions()} or {@link WorkspaceRow#annotations()}; the feature itself never depends on the
 * workspace. Rows are created only while visible, so a contribution must be cheap to build: read lazily, or from data
 * its feature loaded once per article.
 */
@Component
class RowComposer {

    /** Adds the features' parts to a freshly created row. Editing is built into the row; nothing else yet. */
    void compose(WorkspaceRow row, ParagraphRow paragraph) {
        row.getElement().setAttribute("data-status", paragraph.status().code());
    }
}
