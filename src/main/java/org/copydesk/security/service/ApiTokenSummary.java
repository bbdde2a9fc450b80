package org.copydesk.security.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it later: never the token itself, which is shown once at creation. */
public record ApiTokenSummary(
        long id, String name, Instant createdAt, @Nullable Instant revokedAt) {}
