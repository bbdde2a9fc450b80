package org.copydesk.notification.service;

import java.time.Clock;
import java.util.List;
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

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
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
