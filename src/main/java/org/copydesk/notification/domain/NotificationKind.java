package org.copydesk.notification.domain;

/** What a notification tells. */
public enum NotificationKind {
    APPROVED,
    CHANGES_REQUESTED,
    MENTIONED
}
