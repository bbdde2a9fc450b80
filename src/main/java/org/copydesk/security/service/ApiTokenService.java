package org.copydesk.security.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.copydesk.base.Sha256;
import org.copydesk.security.ApiTokenAuthentication;
import org.copydesk.security.ApiTokenEvent;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.domain.Account;
import org.copydesk.security.domain.AccountRepository;
import org.copydesk.security.domain.ApiToken;
import org.copydesk.security.domain.ApiTokenRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations. A token is 32 random bytes; only its SHA-256 is stored, so a leaked database does
 * not leak usable tokens, and lookups stay a single indexed query (no bcrypt on every API call).
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "cdk_";
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(
            ApiTokenRepository tokens, AccountRepository accounts, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates a token for the signed-in account, valid until {@code expiresAt} (null: until revoked); the returned
     * secret cannot be retrieved again. Refused when the caller signed in with a token: a leaked token must not be
     * able to outlive its own revocation by minting others.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreateTokenResult create(String name, @Nullable Instant expiresAt) {
        if (CurrentUser.signedInWithApiToken()) {
            return new CreateTokenResult.NotAllowed(
                    "An API token cannot create API tokens; sign in with your password to create one.");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return new CreateTokenResult.Invalid("expiresAt must be in the future.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(currentAccount().getId(), name, Sha256.hex(token), now, expiresAt));
        events.publishEvent(new ApiTokenEvent(
                CurrentUser.username(), saved.getId(), saved.getName(), ApiTokenEvent.Use.CREATED, now));
        return new CreateTokenResult.Created(
                new CreatedToken(saved.getId(), saved.getName(), token, saved.getExpiresAt()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenSummary> listMine() {
        return tokens.findByAccountIdOrderByCreatedAt(currentAccount().getId()).stream()
                .map(t -> new ApiTokenSummary(
                        t.getId(),
                        t.getName(),
                        t.getCreatedAt(),
                        t.getExpiresAt(),
                        t.getLastUsedAt(),
                        t.getRevokedAt()))
                .toList();
    }

    /** Revokes one of the signed-in account's tokens; false when it has no token with this id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean revokeMine(long tokenId) {
        long accountId = currentAccount().getId();
        Optional<ApiToken> token = tokens.findById(tokenId).filter(t -> t.getAccountId() == accountId);
        token.filter(t -> t.getRevokedAt() == null).ifPresent(t -> {
            t.revoke(clock.instant());
            events.publishEvent(new ApiTokenEvent(
                    CurrentUser.username(), t.getId(), t.getName(), ApiTokenEvent.Use.REVOKED, clock.instant()));
        });
        return token.isPresent();
    }

    /**
     * The sign-in behind a token, for the bearer-token filter, and records its use (to the minute). Empty for an
     * unknown, revoked or expired token, and for a token whose account is disabled: the account is read on every
     * request, so disabling it stops its tokens at once.
     */
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String token) {
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByTokenHash(Sha256.hex(token)).filter(t -> t.isActiveAt(now));
        Optional<UserDetails> user = found.flatMap(t -> accounts.findById(t.getAccountId()))
                .filter(Account::isEnabled)
                .map(AccountUserDetailsService::toUser);
        if (found.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        if (tokens.recordUse(found.get().getId(), now, now.minus(LAST_USE_RESOLUTION)) == 1) {
            events.publishEvent(new ApiTokenEvent(
                    user.get().getUsername(), found.get().getId(), found.get().getName(), ApiTokenEvent.Use.USED, now));
        }
        return Optional.of(new ApiTokenAuthentication(
                user.get(), found.get().getId(), user.get().getAuthorities()));
    }

    private Account currentAccount() {
        return accounts.findByUsername(CurrentUser.username())
                .orElseThrow(
                        () -> new IllegalStateException("the signed-in account has no row: " + CurrentUser.username()));
    }
}
