package org.copydesk.search.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.search.SearchFilter;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchScope;
import org.copydesk.search.matching.PatternSpec;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the search and replace API. Options left out take their defaults. */
final class SearchRequests {

    private SearchRequests() {}

    /** Which paragraphs to look at; every part optional. Dates are days in UTC, both ends included. */
    record FilterBody(
            @Nullable ArticleStatus articleStatus,
            @Nullable Set<Long> articleIds,
            @Nullable Set<ParagraphStatus> paragraphStatuses,
            @Nullable String editedBy,
            @Nullable LocalDate changedFrom,
            @Nullable LocalDate changedTo) {

        SearchFilter toFilter() {
            return new SearchFilter(
                    articleStatus,
                    articleIds == null ? Set.of() : articleIds,
                    paragraphStatuses == null ? Set.of() : paragraphStatuses,
                    editedBy,
                    changedFrom,
                    changedTo);
        }
    }

    /**
     * {@code query}: the text or regular expression; {@code regex}, {@code caseSensitive}, {@code wholeWord}
     * default to false; {@code scope}: {@code source}, {@code corrected} or {@code both} (default); {@code page}
     * from 0, {@code size} 1 to 200 (default 50).
     */
    record SearchBody(
            @NotNull String query,
            @Nullable Boolean regex,
            @Nullable Boolean caseSensitive,
            @Nullable Boolean wholeWord,
            @Nullable SearchScope scope,
            @Valid @Nullable FilterBody filter,
            @Nullable Integer page,
            @Nullable Integer size) {

        SearchQuery toQuery() {
            return toSearchQuery(
                    query, regex, caseSensitive, wholeWord, scope == null ? SearchScope.BOTH : scope, filter);
        }
    }

    /** Like a search (always in corrected text), with the {@code replacement}: {@code $1}, {@code ${name}} for regex groups. */
    record PreviewBody(
            @NotNull String query,
            @NotNull String replacement,
            @Nullable Boolean regex,
            @Nullable Boolean caseSensitive,
            @Nullable Boolean wholeWord,
            @Valid @Nullable FilterBody filter) {

        SearchQuery toQuery() {
            return toSearchQuery(query, regex, caseSensitive, wholeWord, SearchScope.CORRECTED, filter);
        }
    }

    /** {@code paragraphIds}: the paragraphs of the preview to change; all of them when left out. */
    record ApplyBody(@NotNull UUID previewId, @Nullable List<Long> paragraphIds) {}

    record UndoBody(@NotNull UUID previewId) {}

    record SavedSearchBody(
            @NotNull String name,
            @NotNull String query,
            @Nullable Boolean regex,
            @Nullable Boolean caseSensitive,
            @Nullable Boolean wholeWord,
            @Nullable SearchScope scope,
            @Valid @Nullable FilterBody filter) {

        SearchQuery toQuery() {
            return toSearchQuery(
                    query, regex, caseSensitive, wholeWord, scope == null ? SearchScope.BOTH : scope, filter);
        }
    }

    private static SearchQuery toSearchQuery(
            String text,
            @Nullable Boolean regex,
            @Nullable Boolean caseSensitive,
            @Nullable Boolean wholeWord,
            SearchScope scope,
            @Nullable FilterBody filter) {
        return new SearchQuery(
                new PatternSpec(
                        text,
                        Boolean.TRUE.equals(regex),
                        Boolean.TRUE.equals(caseSensitive),
                        Boolean.TRUE.equals(wholeWord)),
                scope,
                filter == null ? SearchFilter.NONE : filter.toFilter());
    }
}
