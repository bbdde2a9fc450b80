package org.copydesk.article.service;

import java.time.Instant;
import java.util.List;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.domain.ParagraphCount;

/** Folds an article's paragraph counts (by kind and status) into the figures of its progress bar and status. */
record ArticleProgress(int total, int edited, int approved, int untouched, ArticleStatus status, Instant lastChange) {

    static ArticleProgress of(List<ParagraphCount> counts, Instant importedAt) {
        int total = 0, edited = 0, approved = 0, untouched = 0, work = 0, approvedWork = 0;
        Instant lastChange = importedAt;
        for (ParagraphCount c : counts) {
            int n = Math.toIntExact(c.count());
            total += n;
            switch (c.status()) {
                case UNTOUCHED -> untouched += n;
                case APPROVED -> approved += n;
                case EDITED, SUBMITTED, CHANGES_REQUESTED -> edited += n;
            }
            if (c.kind() != ParagraphKind.BOILERPLATE) {
                work += n;
                approvedWork += c.status() == ParagraphStatus.APPROVED ? n : 0;
            }
            if (c.lastChange().isAfter(lastChange)) {
                lastChange = c.lastChange();
            }
        }
        return new ArticleProgress(
                total, edited, approved, untouched, ArticleStatus.of(work, approvedWork), lastChange);
    }
}
