package org.copydesk.search.service;

/** How many paragraph texts and matches a search found in one article. */
public record ArticleHits(long articleId, String title, int hits, int matches) {}
