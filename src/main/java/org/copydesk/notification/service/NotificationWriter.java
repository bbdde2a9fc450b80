package org.copydesk.notification.service;

import org.copydesk.comment.CommentPosted;
import org.copydesk.notification.domain.Notification;
import org.copydesk.notification.domain.NotificationKind;
import org.copydesk.notification.domain.NotificationRepository;
import org.copydesk.review.ChangesRequested;
import org.copydesk.review.ParagraphApproved;
import org.copydesk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns review decisions and mentions into notifications, after the decision has committed and in a transaction
 * of its own: a failure here is logged and never undoes the approval or the comment it reports.
 */
@Component
class NotificationWriter {

    private static final Logger log = LoggerFactory.getLogger(NotificationWriter.class);

    private final NotificationRepository notifications;
    private final TransactionTemplate ownTransaction;

    NotificationWriter(NotificationRepository notifications, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
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

    @TransactionalEventListener
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

    @TransactionalEventListener
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
        try {
            ownTransaction.executeWithoutResult(status -> notifications.save(notification));
        } catch (RuntimeException e) {
            log.warn("Could not store a notification for {}: {}", recipient, e.toString());
        }
    }
}
