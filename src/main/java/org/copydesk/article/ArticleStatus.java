package org.copydesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an article stands, derived from its work paragraphs (all but boilerplate): new until one is edited, in
 * progress while editors work, in review once every one is submitted or approved, approved when all are.
 */
public enum ArticleStatus {
    NEW,
    IN_PROGRESS,
    IN_REVIEW,
    APPROVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of an article with {@code work} work paragraphs, of which so many are untouched, submitted, … */
    public static ArticleStatus of(int work, int untouched, int submitted, int approved) {
        if (work > 0 && approved == work) {
            return APPROVED;
        }
        if (work > 0 && submitted + approved == work) {
            return IN_REVIEW;
        }
        return untouched < work ? IN_PROGRESS : NEW;
    }
}
