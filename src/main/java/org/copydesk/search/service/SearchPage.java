package org.copydesk.search.service;

import java.util.List;

/**
 * One page of search hits (a hit is one text of one paragraph with at least one match), with totals over all
 * pages and the count per article.
 *
 * @param hitCount hits over all pages
 * @param matchCount matches over all pages (a hit may hold several)
 * @param articles per article with hits, in article order: its paragraphs and matches (at most {@link
 *     #MAX_ARTICLES}; {@code articleCount} says how many there are)
 */
public record SearchPage(
        int page,
        int size,
        long hitCount,
        long matchCount,
        int articleCount,
        List<SearchHit> hits,
        List<ArticleHits> articles) {

    public static final int MAX_ARTICLES = 500;

    public SearchPage {
        hits = List.copyOf(hits);
        articles = List.copyOf(articles);
    }

    public int pageCount() {
        return (int) ((hitCount + size - 1) / size);
    }
}
