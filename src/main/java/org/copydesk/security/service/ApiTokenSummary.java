package org.copydesk.security.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner sees it later: never the token itself, which is shown once at creation.
 * {@code lastUsedAt} is recorded to the minute.
 */
public record ApiTokenSummary(
        long id,
        String name,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {}
