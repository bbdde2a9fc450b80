package org.copydesk.notification.service;

import java.time.Instant;
import org.copydesk.notification.domain.Notification;
import org.copydesk.notification.domain.NotificationKind;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it. {@code kind}: approved, changes_requested or mentioned; {@code reason}
 * the change-request reason code; {@code detail} the reviewer's comment or the comment that mentioned them (plain
 * text). {@code position} counts from 1.
 */
public record NotificationView(
        long id,
        NotificationKind kind,
        String actor,
        long articleId,
        long paragraphId,
        int position,
        @Nullable String reason,
        @Nullable String detail,
        Instant createdAt,
        boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(
                n.getId(),
                n.getKind(),
                n.getActor(),
                n.getArticleId(),
                n.getParagraphId(),
                n.getPosition(),
                n.getReason(),
                n.getDetail(),
                n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
