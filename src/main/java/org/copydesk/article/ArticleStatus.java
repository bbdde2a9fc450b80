package org.copydesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An article is approved once every paragraph that is not boilerplate is approved; until then in progress. */
public enum ArticleStatus {
    IN_PROGRESS,
    APPROVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus of(long workParagraphs, long approvedWorkParagraphs) {
        return workParagraphs > 0 && approvedWorkParagraphs == workParagraphs ? APPROVED : IN_PROGRESS;
    }
}
