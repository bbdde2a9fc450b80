package org.copydesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a notification tells. */
public enum NotificationKind {
    APPROVED,
    CHANGES_REQUESTED,
    MENTIONED;

    /** The lower-case name used in the REST API, e.g. {@code changes_requested}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
