package org.copydesk.article.service;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.copydesk.article.domain.ArticleRepository;
import org.copydesk.article.domain.ParagraphOutline;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an article a window at a time, so that a screen over a 5,000-paragraph article holds its positions and the
 * rows in view, never every paragraph's text. Any signed-in account may read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ParagraphQueryService {

    private final ArticleRepository articles;
    private final ParagraphOutline outline;

    /** Body and heading paragraphs in any status: what counts as work (boilerplate does not). */
    private static final ParagraphFilter WORK = ParagraphFilter.WORK;

    ParagraphQueryService(ArticleRepository articles, ParagraphOutline outline) {
        this.articles = articles;
        this.outline = outline;
    }

    /** The article's title, byline and figures, or empty when no article has this id. */
    public Optional<ArticleSummary> summary(long articleId) {
        return articles.findById(articleId)
                .map(a -> new ArticleSummary(
                        a.getId(),
                        a.getTitle(),
                        a.getByline(),
                        a.getStatus(),
                        a.getParagraphCount(),
                        count(articleId, WORK),
                        count(articleId, ParagraphFilter.NEEDS_WORK),
                        a.getOpenCount(),
                        a.getApprovedCount()));
    }

    private int count(long articleId, ParagraphFilter filter) {
        return (int) outline.count(articleId, filter.statuses(), filter.kinds());
    }

    /** The positions (0-based, ascending) of the article's paragraphs that the filter lets through. */
    public int[] positions(long articleId, ParagraphFilter filter) {
        return outline.positions(articleId, filter.statuses(), filter.kinds()).stream()
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The paragraphs at these positions (a window of the list in view), in position order. */
    public List<ParagraphRow> window(long articleId, int[] positions) {
        if (positions.length == 0) {
            return List.of();
        }
        return outline.window(articleId, IntStream.of(positions).boxed().toList()).stream()
                .map(ParagraphRow::of)
                .toList();
    }

    /** One paragraph as it stands now. */
    public Optional<ParagraphRow> row(long paragraphId) {
        return outline.findById(paragraphId).map(ParagraphRow::of);
    }
}
