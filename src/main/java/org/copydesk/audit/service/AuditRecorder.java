package org.copydesk.audit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.article.ArticleImported;
import org.copydesk.audit.AuditAction;
import org.copydesk.audit.domain.AuditEntry;
import org.copydesk.audit.domain.AuditRepository;
import org.copydesk.export.ArticleExported;
import org.copydesk.review.ChangesRequested;
import org.copydesk.review.ParagraphApproved;
import org.copydesk.review.ParagraphSubmitted;
import org.copydesk.review.SubmissionOverridden;
import org.copydesk.security.AccountChanged;
import org.copydesk.security.ApiTokenEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log from the features' events. Two kinds of entry:
 *
 * <ul>
 *   <li>Records of changes (imports, review decisions, account and role changes, token creation and revocation)
 *       are written in the transaction of the change itself: if the entry cannot be written the change does not
 *       happen, so no approval or role change ever exists without its record.
 *   <li>Records of access (sign-ins and failed sign-ins, token use) are written afterwards in a transaction of their
 *       own; a failure is logged and never turns a sign-in into an error. HTTP Basic calls and token use are
 *       recorded at most once a minute per account or token (on each node), since every API call authenticates.
 * </ul>
 */
@Component
class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);
    static final Duration QUIET = Duration.ofMinutes(1);

    private final AuditRepository entries;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<String, Instant> lastAccess = new ConcurrentHashMap<>();

    AuditRecorder(AuditRepository entries, PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(ArticleImported e) {
        change(
                e.at(),
                e.author(),
                AuditAction.ARTICLE_IMPORTED,
                "article " + e.articleId(),
                e.paragraphs().size() + " paragraphs");
    }

    @EventListener
    void on(ParagraphSubmitted e) {
        change(
                e.at(),
                e.by(),
                AuditAction.PARAGRAPH_SUBMITTED,
                paragraph(e.articleId(), e.paragraphId()),
                "revision " + e.revision());
    }

    @EventListener
    void on(SubmissionOverridden e) {
        change(
                e.at(),
                e.by(),
                AuditAction.SUBMISSION_OVERRIDDEN,
                paragraph(e.articleId(), e.paragraphId()),
                "revision " + e.revision() + ": " + e.reason() + " — overrode: " + String.join(" ", e.findings()));
    }

    @EventListener
    void on(ParagraphApproved e) {
        change(
                e.at(),
                e.reviewer(),
                AuditAction.PARAGRAPH_APPROVED,
                paragraph(e.articleId(), e.paragraphId()),
                "revision " + e.revision() + " by " + e.editor());
    }

    @EventListener
    void on(ChangesRequested e) {
        change(
                e.at(),
                e.reviewer(),
                AuditAction.CHANGES_REQUESTED,
                paragraph(e.articleId(), e.paragraphId()),
                "revision " + e.revision() + " by " + e.editor() + ": "
                        + e.reason().code() + (e.comment() == null ? "" : " — " + e.comment()));
    }

    @EventListener
    void on(AccountChanged e) {
        AuditAction action = switch (e.change()) {
            case CREATED -> AuditAction.ACCOUNT_CREATED;
            case DISABLED -> AuditAction.ACCOUNT_DISABLED;
            case ENABLED -> AuditAction.ACCOUNT_ENABLED;
            case ROLES_CHANGED -> AuditAction.ROLES_CHANGED;
            case PASSWORD_RESET -> AuditAction.PASSWORD_RESET;
            case PASSWORD_CHANGED -> AuditAction.PASSWORD_CHANGED;
        };
        change(e.at(), e.actor(), action, "account " + e.username(), e.details().isEmpty() ? null : e.details());
    }

    @EventListener
    void onTokenChange(ApiTokenEvent e) {
        if (e.use() == ApiTokenEvent.Use.USED) {
            return;
        }
        change(
                e.at(),
                e.username(),
                e.use() == ApiTokenEvent.Use.CREATED ? AuditAction.TOKEN_CREATED : AuditAction.TOKEN_REVOKED,
                "token " + e.tokenId(),
                e.tokenName());
    }

    /**
     * After the token check commits (its row lock on the token released), in a transaction of its own; published
     * only by the call that recorded the use, once a minute per token.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onTokenUse(ApiTokenEvent e) {
        if (e.use() == ApiTokenEvent.Use.USED && firstInAMinute("token:" + e.tokenId(), e.at())) {
            access(e.at(), e.username(), AuditAction.TOKEN_USED, "token " + e.tokenId(), e.tokenName());
        }
    }

    /** Exports run outside any transaction: the entry gets one of its own and never fails the export. */
    @EventListener
    void on(ArticleExported e) {
        access(
                e.at(),
                e.exportedBy(),
                AuditAction.ARTICLE_EXPORTED,
                "article " + e.articleId(),
                e.format() + (e.draft() ? " (draft)" : ""));
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent e) {
        access(clock.instant(), e.getAuthentication().getName(), AuditAction.SIGN_IN, null, "form");
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        String path = requestPath();
        if (path != null
                && path.startsWith("/api/")
                && firstInAMinute("basic:" + e.getAuthentication().getName(), clock.instant())) {
            access(clock.instant(), e.getAuthentication().getName(), AuditAction.SIGN_IN, null, "HTTP Basic");
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        String path = requestPath();
        access(
                clock.instant(),
                e.getAuthentication().getName(),
                AuditAction.SIGN_IN_FAILED,
                null,
                e.getException().getClass().getSimpleName()
                        + (path != null && path.startsWith("/api/") ? " (HTTP Basic)" : " (form)"));
    }

    private void change(
            Instant at, String actor, AuditAction action, @Nullable String target, @Nullable String details) {
        entries.save(new AuditEntry(at, actor, action.code(), target, details));
    }

    private void access(
            Instant at, String actor, AuditAction action, @Nullable String target, @Nullable String details) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> entries.save(new AuditEntry(at, actor, action.code(), target, details)));
        } catch (RuntimeException ex) {
            log.warn("Could not write the audit entry {} of {}: {}", action, actor, ex.toString());
        }
    }

    private boolean firstInAMinute(String key, Instant now) {
        boolean[] first = {false};
        lastAccess.compute(key, (k, last) -> {
            if (last == null || !now.isBefore(last.plus(QUIET))) {
                first[0] = true;
                return now;
            }
            return last;
        });
        return first[0];
    }

    private static @Nullable String requestPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRequestURI()
                : null;
    }

    private static String paragraph(long articleId, long paragraphId) {
        return "article " + articleId + " paragraph " + paragraphId;
    }
}
