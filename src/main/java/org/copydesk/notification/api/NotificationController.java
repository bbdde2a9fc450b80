package org.copydesk.notification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.copydesk.notification.service.NotificationService;
import org.copydesk.notification.service.NotificationView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Notifications", description = "The signed-in account's notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record Notifications(long unread, List<NotificationView> content) {}

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "Your notifications, newest first, with the unread count")
    Notifications list(
            @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and 500");
        }
        return new Notifications(notifications.unreadCount(), notifications.mine(unread, size));
    }
}
