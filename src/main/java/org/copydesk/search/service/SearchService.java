package org.copydesk.search.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.search.SearchField;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchScope;
import org.copydesk.search.domain.ParagraphScan;
import org.copydesk.search.domain.ScannedParagraph;
import org.copydesk.search.matching.MatchContext;
import org.copydesk.search.matching.Parsed;
import org.copydesk.search.matching.TextMatch;
import org.copydesk.search.matching.TextPattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches the paragraphs of all articles, or of a filtered set. PostgreSQL narrows the candidates with its
 * trigram indexes where the pattern allows; every match is then found in Java on RE2/J, so results are exact.
 * A search that takes longer than its time budget stops and says so rather than tying up the server.
 */
@Service
public class SearchService {

    public static final int MAX_PAGE_SIZE = 200;
    private static final int CONTEXTS_PER_HIT = 3;
    private static final int CONTEXT_WIDTH = 60;

    private final ParagraphScan scan;
    private final TransactionTemplate readOnly;
    private final Duration budget;

    SearchService(
            ParagraphScan scan,
            PlatformTransactionManager transactions,
            @Value("${copydesk.search.time-budget:5s}") Duration budget) {
        this.scan = scan;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.budget = budget;
    }

    /** Page {@code page} (from 0) of the hits of {@code query}, {@code size} hits per page, with totals. */
    @PreAuthorize("isAuthenticated()")
    public SearchResult search(SearchQuery query, int page, int size) {
        return search(query, page, size, budget);
    }

    SearchResult search(SearchQuery query, int page, int size, Duration budget) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return new SearchResult.Invalid("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE
                    + "; got page " + page + ", size " + size + ".");
        }
        var problem = Filters.problemWith(query.filter());
        if (problem.isPresent()) {
            return new SearchResult.Invalid(problem.get());
        }
        TextPattern pattern;
        switch (TextPattern.compile(query.pattern())) {
            case Parsed.Ok<TextPattern> ok -> pattern = ok.value();
            case Parsed.Invalid<TextPattern> invalid -> {
                return new SearchResult.Invalid(invalid.reason());
            }
        }
        var collector = new Collector(page, size);
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            readOnly.executeWithoutResult(tx -> scan.scan(pattern.spec(), query.scope(), query.filter(), budget, p -> {
                if (System.nanoTime() > deadline) {
                    collector.timedOut = true;
                    return false;
                }
                for (SearchField field : SearchField.values()) {
                    if (query.scope().includes(field) && !sameTextSeenTwice(query, p, field)) {
                        List<TextMatch> matches = pattern.findIn(p.text(field));
                        if (!matches.isEmpty()) {
                            collector.add(p, field, matches);
                        }
                    }
                }
                return true;
            }));
        } catch (QueryTimeoutException e) {
            collector.timedOut = true;
        }
        if (collector.timedOut) {
            return new SearchResult.TimedOut(Budgets.exceeded(budget));
        }
        return new SearchResult.Found(collector.page());
    }

    /** Searching both texts of a paragraph whose corrected text still equals its source finds one hit, not two. */
    private static boolean sameTextSeenTwice(SearchQuery query, ScannedParagraph p, SearchField field) {
        return field == SearchField.SOURCE
                && query.scope() == SearchScope.BOTH
                && p.sourceText().equals(p.correctedText());
    }

    private static final class Collector {
        final int page;
        final int size;
        long hitCount;
        long matchCount;
        boolean timedOut;
        final List<SearchHit> hits = new ArrayList<>();
        final Map<Long, ArticleHits> articles = new LinkedHashMap<>();

        Collector(int page, int size) {
            this.page = page;
            this.size = size;
        }

        void add(ScannedParagraph p, SearchField field, List<TextMatch> matches) {
            if (hitCount >= (long) page * size && hitCount < (long) (page + 1) * size) {
                String text = p.text(field);
                hits.add(new SearchHit(
                        p.articleId(),
                        p.articleTitle(),
                        p.paragraphId(),
                        p.position(),
                        field,
                        p.status(),
                        p.revision(),
                        matches.size(),
                        matches.stream()
                                .limit(CONTEXTS_PER_HIT)
                                .map(m -> MatchContext.around(text, m, CONTEXT_WIDTH))
                                .toList()));
            }
            hitCount++;
            matchCount += matches.size();
            articles.merge(
                    p.articleId(),
                    new ArticleHits(p.articleId(), p.articleTitle(), 1, matches.size()),
                    (a, b) -> new ArticleHits(a.articleId(), a.title(), a.hits() + 1, a.matches() + b.matches()));
        }

        SearchPage page() {
            return new SearchPage(
                    page,
                    size,
                    hitCount,
                    matchCount,
                    articles.size(),
                    hits,
                    articles.values().stream().limit(SearchPage.MAX_ARTICLES).toList());
        }
    }
}
