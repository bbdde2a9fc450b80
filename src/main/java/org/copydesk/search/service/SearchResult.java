package org.copydesk.search.service;

/** The outcome of a search: a page of hits, a pattern or filter refused with a reason, or the time budget spent. */
public sealed interface SearchResult {

    record Found(SearchPage page) implements SearchResult {}

    record Invalid(String reason) implements SearchResult {}

    record TimedOut(String reason) implements SearchResult {}
}
