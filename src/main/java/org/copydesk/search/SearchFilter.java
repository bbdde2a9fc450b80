package org.copydesk.search;

import java.time.LocalDate;
import java.util.Set;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which paragraphs a search looks at; every part is optional and the parts combine with "and".
 *
 * @param articleStatus only articles with this status
 * @param articleIds only these articles (empty: all)
 * @param paragraphStatuses only paragraphs with one of these statuses (empty: all)
 * @param editedBy only paragraphs this account has written a revision of (other than the import)
 * @param changedFrom only paragraphs last changed on or after this day (UTC)
 * @param changedTo only paragraphs last changed on or before this day (UTC)
 */
public record SearchFilter(
        @Nullable ArticleStatus articleStatus,
        Set<Long> articleIds,
        Set<ParagraphStatus> paragraphStatuses,
        @Nullable String editedBy,
        @Nullable LocalDate changedFrom,
        @Nullable LocalDate changedTo) {

    public static final SearchFilter NONE = new SearchFilter(null, Set.of(), Set.of(), null, null, null);

    public SearchFilter {
        articleIds = Set.copyOf(articleIds);
        paragraphStatuses = Set.copyOf(paragraphStatuses);
        editedBy = editedBy == null || editedBy.isBlank() ? null : editedBy.strip();
    }

    public static SearchFilter article(long articleId) {
        return new SearchFilter(null, Set.of(articleId), Set.of(), null, null, null);
    }
}
