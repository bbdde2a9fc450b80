package org.copydesk.security.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new API token: {@code token} is the secret to send as {@code Authorization: Bearer <token>}, shown only now;
 * {@code expiresAt} is null for a token that does not expire.
 */
public record CreatedToken(
        long id, String name, String token, @Nullable Instant expiresAt) {}
