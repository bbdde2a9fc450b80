package org.copydesk.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ROLES_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    TOKEN_USED,
    ARTICLE_IMPORTED,
    PARAGRAPH_SUBMITTED,
    SUBMISSION_OVERRIDDEN,
    PARAGRAPH_APPROVED,
    CHANGES_REQUESTED,
    ARTICLE_EXPORTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
