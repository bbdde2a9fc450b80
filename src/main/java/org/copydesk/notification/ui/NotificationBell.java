package org.copydesk.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import org.copydesk.base.events.ClusterBus;
import org.copydesk.notification.service.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The bell in the top bar with the number of unread notifications; opens the notifications screen. While shown it
 * follows the account's new notifications over server push and counts again at once; the layout (and so the bell)
 * outlives navigation, so it also counts after each one, which catches anything missed while the bus reconnected.
 * It never polls.
 */
@StyleSheet("styles/review.css")
class NotificationBell extends RouterLink implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final Span count = new Span();
    private ClusterBus.@Nullable Subscription following;

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
        UI ui = event.getUI();
        SecurityContext viewer = SecurityContextHolder.getContext();
        following = notifications.follow(
                () -> ui.access(() -> new DelegatingSecurityContextRunnable(this::refresh, viewer).run()));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (following != null) {
            following.close();
            following = null;
        }
    }

    Span count() {
        return count;
    }
}
