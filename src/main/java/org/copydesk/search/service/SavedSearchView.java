package org.copydesk.search.service;

import org.copydesk.search.SearchQuery;

/** A saved search as the screen and the API show it. */
public record SavedSearchView(long id, String name, SearchQuery query) {}
