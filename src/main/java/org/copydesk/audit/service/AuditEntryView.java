package org.copydesk.audit.service;

import java.time.Instant;
import org.copydesk.audit.domain.AuditEntry;
import org.jspecify.annotations.Nullable;

/** One audit entry: who ({@code actor}), when ({@code at}), what ({@code action} on {@code target}, details). */
public record AuditEntryView(
        long id,
        Instant at,
        String actor,
        String action,
        @Nullable String target,
        @Nullable String details) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetails());
    }
}
