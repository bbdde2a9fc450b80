package org.copydesk.notification.service;

import org.copydesk.base.events.ClusterBus;
import org.copydesk.comment.CommentPosted;
import org.copydesk.notification.domain.Notification;
import org.copydesk.notification.domain.NotificationKind;
import org.copydesk.notification.domain.NotificationRepository;
import org.copydesk.review.ChangesRequested;
import org.copydesk.review.ParagraphApproved;
import org.copydesk.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns review decisions and mentions into notifications, after the decision has committed and in a transaction
 * of its own: a failure here never undoes the approval or the comment it reports, and its event waits in the
 * event publication registry for a retry. Each notification written is announced on the cluster bus, so the
 * recipient's open bells update at once on every node.
 */
@Component
class NotificationWriter {

    private final NotificationRepository notifications;
    private final ClusterBus bus;

    NotificationWriter(NotificationRepository notifications, ClusterBus bus) {
        this.notifications = notifications;
        this.bus = bus;
    }

    @ApplicationModuleListener
    public void on(ParagraphApproved e) {
        tell(
                e.editor(),
                e.reviewer(),
                new Notification(
                        e.editor(),
                        NotificationKind.APPROVED,
                        e.reviewer(),
                        e.articleId(),
                        e.paragraphId(),
                        e.position(),
                        null,
                        null,
                        e.at()));
    }

    @ApplicationModuleListener
    public void on(ChangesRequested e) {
        tell(
                e.editor(),
                e.reviewer(),
                new Notification(
                        e.editor(),
                        NotificationKind.CHANGES_REQUESTED,
                        e.reviewer(),
                        e.articleId(),
                        e.paragraphId(),
                        e.position(),
                        e.reason().code(),
                        e.comment(),
                        e.at()));
    }

    @ApplicationModuleListener
    public void on(CommentPosted e) {
        for (String name : e.mentioned()) {
            tell(
                    name,
                    e.author(),
                    new Notification(
                            name,
                            NotificationKind.MENTIONED,
                            e.author(),
                            e.articleId(),
                            e.paragraphId(),
                            e.position(),
                            null,
                            e.text(),
                            e.at()));
        }
    }

    private void tell(String recipient, String actor, Notification notification) {
        if (recipient.equals(actor) || recipient.equals(SystemActor.USERNAME)) {
            return;
        }
        notifications.save(notification);
        // Delivered to every node once this transaction commits; open bells of the recipient count again.
        bus.publish(NotificationService.CHANNEL, recipient);
    }
}
