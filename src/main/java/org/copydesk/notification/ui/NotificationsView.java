package org.copydesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.notification.service.NotificationService;
import org.copydesk.notification.service.NotificationView;

/** Your notifications, newest first; open one to go to its paragraph (which marks it read), or mark all read. */
@Route(value = "notifications", layout = MainLayout.class)
@PageTitle("Notifications · Copydesk")
@PermitAll
public class NotificationsView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final NotificationService notifications;
    private final Div list = new Div();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        var markAll = new Button(getTranslation("notification.mark-all"), e -> {
            notifications.markAllRead();
            render();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        list.addClassName("notification-list");
        add(new H2(getTranslation("notification.title")), markAll, list);
        render();
    }

    private void render() {
        list.removeAll();
        var mine = notifications.mine(false, 200);
        if (mine.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
        }
        for (NotificationView n : mine) {
            var text = new Span(NotificationText.of(this, n));
            text.addClassName("notification-text");
            var when = new Span(WHEN.format(n.createdAt()));
            when.addClassName("notification-when");
            var open = new Anchor(
                    "articles/" + n.articleId() + "/paragraphs/" + n.position(), getTranslation("notification.open"));
            open.getElement().addEventListener("click", e -> notifications.markRead(n.id()));
            var read = new Button(getTranslation("notification.mark-read"), e -> {
                notifications.markRead(n.id());
                render();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setVisible(!n.read());
            var row = new Div(text, when, open, read);
            row.addClassNames("notification", n.read() ? "read" : "unread");
            list.add(row);
        }
    }

    Div list() {
        return list;
    }
}
