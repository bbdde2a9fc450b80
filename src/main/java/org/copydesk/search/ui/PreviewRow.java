package org.copydesk.search.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.copydesk.editing.diff.DiffSegment;
import org.copydesk.search.service.PreviewChange;

/**
 * One paragraph a replace would change: a checkbox (on unless the change will be skipped for this account), where
 * it is, and the word diff, deleted words in red and inserted ones in green.
 */
class PreviewRow extends Div {

    private final PreviewChange change;
    private final Checkbox chosen = new Checkbox();

    PreviewRow(PreviewChange change) {
        this.change = change;
        addClassName("preview-row");
        getElement().setAttribute("data-paragraph-id", String.valueOf(change.paragraphId()));
        chosen.setLabel(change.articleTitle() + " · ¶" + (change.position() + 1));
        chosen.setValue(!change.skippedForYou());
        chosen.setEnabled(!change.skippedForYou());
        var head = new Div(chosen);
        head.addClassName("preview-row-head");
        if (change.skippedForYou()) {
            var note = new Span(getTranslation("replace.skipped-approved"));
            note.addClassName("preview-row-note");
            head.add(note);
        }
        var diff = new Div();
        diff.addClassName("preview-diff");
        for (DiffSegment segment : change.diff()) {
            var span = new Span(segment.text());
            switch (segment.operation()) {
                case DELETED -> span.addClassName("diff-deleted");
                case INSERTED -> span.addClassName("diff-inserted");
                case EQUAL -> {}
            }
            diff.add(span);
        }
        add(head, diff);
    }

    boolean isChosen() {
        return chosen.getValue();
    }

    Checkbox checkbox() {
        return chosen;
    }

    long paragraphId() {
        return change.paragraphId();
    }
}
