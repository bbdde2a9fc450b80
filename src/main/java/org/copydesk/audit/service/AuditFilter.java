package org.copydesk.audit.service;

import java.time.Instant;
import org.copydesk.audit.AuditAction;
import org.jspecify.annotations.Nullable;

/** Which audit entries to show; null fields mean any. {@code to} is exclusive. */
public record AuditFilter(
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
