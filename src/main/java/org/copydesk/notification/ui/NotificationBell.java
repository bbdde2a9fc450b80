package org.copydesk.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.copydesk.notification.service.NotificationService;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the top bar with the number of unread notifications; opens the notifications screen. The layout (and
 * so the bell) outlives navigation, so it counts again after each one; without a push channel it also polls every
 * 15 seconds while it is shown.
 */
@StyleSheet("styles/review.css")
class NotificationBell extends RouterLink implements AfterNavigationObserver {

    static final int POLL_MILLIS = 15_000;

    private final NotificationService notifications;
    private final Span count = new Span();
    private @Nullable Registration poll;

    NotificationBell(NotificationService notifications) {
        super(NotificationsView.class);
        this.notifications = notifications;
        addClassNames("notification-bell", "nav-link");
        count.addClassName("unread-count");
        add(VaadinIcon.BELL.create(), count);
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", getTranslation("notification.bell", unread));
        getElement().setAttribute("title", getTranslation("notification.bell", unread));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        if (ui.getPollInterval() < 0) {
            ui.setPollInterval(POLL_MILLIS);
        }
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
    }

    Span count() {
        return count;
    }
}
