package org.copydesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.copydesk.review.service.BulkReviewResult;
import org.copydesk.review.service.ReviewResult;

/** Shows the outcome of a review step that did not happen: why, in the words of the server. */
final class ReviewNotes {

    private ReviewNotes() {}

    static void refused(Component where, ReviewResult result) {
        String text = switch (result) {
            case ReviewResult.NotAllowed n -> n.reason();
            case ReviewResult.WrongStatus w -> w.reason();
            case ReviewResult.Invalid i -> i.reason();
            case ReviewResult.Blocked b -> b.reason();
            case ReviewResult.NotFound n -> where.getTranslation("review.gone");
            case ReviewResult.Done d -> "";
        };
        if (!text.isEmpty()) {
            Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** What a bulk submission did: how many went, and each paragraph skipped with the reason. */
    static void bulk(Component where, BulkReviewResult.Done result) {
        var text = new Div(new Span(where.getTranslation(
                "review.submitted-all", result.done().size(), result.skipped().size())));
        var skipped = new UnorderedList();
        result.skipped()
                .forEach(s -> skipped.add(new ListItem(
                        s.position() == 0
                                ? s.reason()
                                : where.getTranslation("review.bulk.skipped-item", s.position(), s.reason()))));
        if (!result.skipped().isEmpty()) {
            text.add(skipped);
        }
        var note = new Notification(text);
        note.setDuration(result.skipped().isEmpty() ? 3000 : 8000);
        note.setPosition(Notification.Position.BOTTOM_START);
        note.addThemeVariants(
                result.skipped().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        note.addClassName("bulk-outcome");
        note.open();
    }

    static void done(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
