package org.copydesk.search.service;

import java.util.Optional;
import org.copydesk.search.SearchFilter;

/** Checks a filter before it reaches the database. */
final class Filters {

    static final int MAX_ARTICLE_IDS = 1000;

    private Filters() {}

    static Optional<String> problemWith(SearchFilter filter) {
        if (filter.articleIds().size() > MAX_ARTICLE_IDS) {
            return Optional.of("A search may name at most " + MAX_ARTICLE_IDS + " articles; this one names "
                    + filter.articleIds().size() + ".");
        }
        if (filter.changedFrom() != null
                && filter.changedTo() != null
                && filter.changedFrom().isAfter(filter.changedTo())) {
            return Optional.of(
                    "The date range starts (" + filter.changedFrom() + ") after it ends (" + filter.changedTo() + ").");
        }
        if (filter.editedBy() != null && filter.editedBy().length() > 64) {
            return Optional.of("A username has at most 64 characters.");
        }
        return Optional.empty();
    }
}
