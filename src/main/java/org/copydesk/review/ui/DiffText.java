package org.copydesk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.copydesk.editing.diff.DiffSegment;

/** A word diff as text: deleted words struck through, inserted ones highlighted. Text only, never markup. */
class DiffText extends Div {

    DiffText(List<DiffSegment> segments) {
        addClassName("diff-text");
        for (DiffSegment segment : segments) {
            var span = new Span(segment.text());
            switch (segment.operation()) {
                case DELETED -> span.addClassName("diff-deleted");
                case INSERTED -> span.addClassName("diff-inserted");
                case EQUAL -> {}
            }
            add(span);
        }
    }
}
