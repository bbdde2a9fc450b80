package org.copydesk.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.copydesk.review.service.ChangeRequestNote;

/** The reason a paragraph was sent back, and the reviewer's comment, shown to its editor until resubmitted. */
public class ChangeRequestBox extends Div {

    public ChangeRequestBox(ChangeRequestNote note) {
        addClassName("change-request-note");
        var heading = new Span(getTranslation(
                "review.sent-back",
                note.reviewer(),
                getTranslation("review.reason." + note.reason().code())));
        heading.addClassName("change-request-reason");
        add(heading);
        if (note.comment() != null) {
            var comment = new Span(note.comment());
            comment.addClassName("change-request-comment");
            add(comment);
        }
    }
}
