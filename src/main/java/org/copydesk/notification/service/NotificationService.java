package org.copydesk.notification.service;

import java.time.Clock;
import java.util.List;
import org.copydesk.base.events.ClusterBus;
import org.copydesk.notification.domain.NotificationRepository;
import org.copydesk.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in account's notifications: newest first, unread count, marking read. Nobody reads another's. */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** The cluster-bus channel that carries the recipient's username whenever a notification is written. */
    static final String CHANNEL = "copydesk_notifications";

    private final NotificationRepository notifications;
    private final ClusterBus bus;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, ClusterBus bus, Clock clock) {
        this.notifications = notifications;
        this.bus = bus;
        this.clock = clock;
    }

    /**
     * Calls {@code onNew} (on the bus's thread) whenever a notification for the signed-in account is written, on
     * any node, until the subscription is closed.
     */
    public ClusterBus.Subscription follow(Runnable onNew) {
        String me = CurrentUser.username();
        return bus.subscribe(CHANNEL, recipient -> {
            if (recipient.equals(me)) {
                onNew.run();
            }
        });
    }

    @Transactional(readOnly = true)
    public List<NotificationView> mine(boolean unreadOnly, int limit) {
        var page = PageRequest.of(0, limit);
        String me = CurrentUser.username();
        return (unreadOnly
                        ? notifications.findByRecipientAndReadAtIsNullOrderByIdDesc(me, page)
                        : notifications.findByRecipientOrderByIdDesc(me, page))
                .stream().map(NotificationView::of).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentUser.username());
    }

    /** Marks one of your notifications read; false when you have none with this id. */
    @Transactional
    public boolean markRead(long notificationId) {
        var found = notifications
                .findById(notificationId)
                .filter(n -> n.getRecipient().equals(CurrentUser.username()));
        found.ifPresent(n -> n.markRead(clock.instant()));
        return found.isPresent();
    }

    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.username(), clock.instant());
    }
}
