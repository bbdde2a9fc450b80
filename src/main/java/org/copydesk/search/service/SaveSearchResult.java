package org.copydesk.search.service;

/** The outcome of saving a search under a name. */
public sealed interface SaveSearchResult {

    record Saved(SavedSearchView search) implements SaveSearchResult {}

    record Invalid(String reason) implements SaveSearchResult {}
}
