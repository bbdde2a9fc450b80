package org.copydesk.search.service;

import java.time.Clock;
import java.util.List;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.domain.SavedSearch;
import org.copydesk.search.domain.SavedSearchRepository;
import org.copydesk.search.matching.Parsed;
import org.copydesk.search.matching.TextPattern;
import org.copydesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each account's saved searches, offered as quick filters on the search screen. Nobody sees another's. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SavedSearchService {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_PER_ACCOUNT = 100;

    private final SavedSearchRepository searches;
    private final Clock clock;

    SavedSearchService(SavedSearchRepository searches, Clock clock) {
        this.searches = searches;
        this.clock = clock;
    }

    /** This account's saved searches by name. */
    @Transactional(readOnly = true)
    public List<SavedSearchView> mine() {
        return searches.findByOwnerOrderByName(CurrentUser.username()).stream()
                .map(SavedSearchService::view)
                .toList();
    }

    /** Saves {@code query} under {@code name}; a search of this account with the same name is replaced. */
    public SaveSearchResult save(String name, SearchQuery query) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            return new SaveSearchResult.Invalid(
                    "A saved search needs a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        if (TextPattern.compile(query.pattern()) instanceof Parsed.Invalid<TextPattern>(String reason)) {
            return new SaveSearchResult.Invalid(reason);
        }
        var problem = Filters.problemWith(query.filter());
        if (problem.isPresent()) {
            return new SaveSearchResult.Invalid(problem.get());
        }
        String owner = CurrentUser.username();
        var existing = searches.findByOwnerAndName(owner, trimmed);
        if (existing.isPresent()) {
            existing.get().redefine(query);
            return new SaveSearchResult.Saved(view(existing.get()));
        }
        if (searches.findByOwnerOrderByName(owner).size() >= MAX_PER_ACCOUNT) {
            return new SaveSearchResult.Invalid("An account keeps at most " + MAX_PER_ACCOUNT + " saved searches.");
        }
        return new SaveSearchResult.Saved(view(searches.save(new SavedSearch(owner, trimmed, query, clock.instant()))));
    }

    /** Deletes this account's saved search {@code id}; false when it has none with this id. */
    public boolean delete(long id) {
        var found = searches.findByIdAndOwner(id, CurrentUser.username());
        found.ifPresent(searches::delete);
        return found.isPresent();
    }

    private static SavedSearchView view(SavedSearch search) {
        return new SavedSearchView(search.getId(), search.getName(), search.toQuery());
    }
}
