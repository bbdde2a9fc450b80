package org.copydesk.security.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.copydesk.base.Sha256;
import org.copydesk.security.ApiTokenEvent;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.domain.Account;
import org.copydesk.security.domain.AccountRepository;
import org.copydesk.security.domain.ApiToken;
import org.copydesk.security.domain.ApiTokenRepository;
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

    /** Creates a token for the signed-in account; the returned secret cannot be retrieved again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(currentAccount().getId(), name, Sha256.hex(token), clock.instant()));
        events.publishEvent(new ApiTokenEvent(
                CurrentUser.username(), saved.getId(), saved.getName(), ApiTokenEvent.Use.CREATED, clock.instant()));
        return new CreatedToken(saved.getId(), saved.getName(), token);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenSummary> listMine() {
        return tokens.findByAccountIdOrderByCreatedAt(currentAccount().getId()).stream()
                .map(t -> new ApiTokenSummary(t.getId(), t.getName(), t.getCreatedAt(), t.getRevokedAt()))
                .toList();
    }

    /** Revokes one of the signed-in account's tokens; false when it has no token with this id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean revokeMine(long tokenId) {
        long accountId = currentAccount().getId();
        Optional<ApiToken> token = tokens.findById(tokenId).filter(t -> t.getAccountId() == accountId);
        token.filter(ApiToken::isActive).ifPresent(t -> {
            t.revoke(clock.instant());
            events.publishEvent(new ApiTokenEvent(
                    CurrentUser.username(), t.getId(), t.getName(), ApiTokenEvent.Use.REVOKED, clock.instant()));
        });
        return token.isPresent();
    }

    /** The account behind an active token, for the bearer-token filter; empty for unknown or revoked tokens. */
    @Transactional(readOnly = true)
    public Optional<UserDetails> authenticate(String token) {
        Optional<ApiToken> active = tokens.findByTokenHash(Sha256.hex(token)).filter(ApiToken::isActive);
        Optional<Account> account =
                active.flatMap(t -> accounts.findById(t.getAccountId())).filter(Account::isEnabled);
        account.ifPresent(a -> events.publishEvent(new ApiTokenEvent(
                a.getUsername(),
                active.get().getId(),
                active.get().getName(),
                ApiTokenEvent.Use.USED,
                clock.instant())));
        return account.map(AccountUserDetailsService::toUser);
    }

    private Account currentAccount() {
        return accounts.findByUsername(CurrentUser.username())
                .orElseThrow(
                        () -> new IllegalStateException("the signed-in account has no row: " + CurrentUser.username()));
    }
}
