package org.copydesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.copydesk.review.service.ReviewResult;

/** Shows the outcome of a review step that did not happen: why, in the words of the server. */
final class ReviewNotes {

    private ReviewNotes() {}

    static void refused(Component where, ReviewResult result) {
        String text = switch (result) {
            case ReviewResult.NotAllowed n -> n.reason();
            case ReviewResult.WrongStatus w -> w.reason();
            case ReviewResult.Invalid i -> i.reason();
            case ReviewResult.NotFound n -> where.getTranslation("review.gone");
            case ReviewResult.Done d -> "";
        };
        if (!text.isEmpty()) {
            Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static void done(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
