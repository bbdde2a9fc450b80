package org.copydesk.notification.ui;

import com.vaadin.flow.component.Component;
import org.copydesk.notification.service.NotificationView;

/** The sentence a notification shows, from i18n keys; comment text stays plain text. */
final class NotificationText {

    private NotificationText() {}

    static String of(Component c, NotificationView n) {
        return switch (n.kind()) {
            case APPROVED -> c.getTranslation("notification.approved", n.actor(), n.position());
            case CHANGES_REQUESTED ->
                c.getTranslation(
                                "notification.changes-requested",
                                n.actor(),
                                n.position(),
                                c.getTranslation("review.reason." + n.reason()))
                        + (n.detail() == null ? "" : " “" + n.detail() + "”");
            case MENTIONED ->
                c.getTranslation("notification.mentioned", n.actor(), n.position())
                        + (n.detail() == null ? "" : " “" + n.detail() + "”");
        };
    }
}
