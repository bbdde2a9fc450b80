package org.copydesk.article.service;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.domain.ArticleRepository;
import org.copydesk.article.domain.ParagraphCount;
import org.copydesk.article.domain.ParagraphOutline;
import org.copydesk.article.domain.ParagraphRepository;
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
    private final ParagraphRepository paragraphs;
    private final ParagraphOutline outline;

    ParagraphQueryService(ArticleRepository articles, ParagraphRepository paragraphs, ParagraphOutline outline) {
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.outline = outline;
    }

    /** The article's title, byline and progress counted in the database, or empty when no article has this id. */
    public Optional<ArticleSummary> summary(long articleId) {
        return articles.findById(articleId).map(a -> {
            List<ParagraphCount> counts = paragraphs.countByArticle(List.of(articleId));
            var progress = ArticleProgress.of(counts, a.getImportedAt());
            int work = 0;
            int needingWork = 0;
            for (ParagraphCount c : counts) {
                if (c.kind() != ParagraphKind.BOILERPLATE) {
                    work += (int) c.count();
                    if (c.status() == ParagraphStatus.UNTOUCHED || c.status() == ParagraphStatus.CHANGES_REQUESTED) {
                        needingWork += (int) c.count();
                    }
                }
            }
            return new ArticleSummary(
                    a.getId(),
                    a.getTitle(),
                    a.getByline(),
                    progress.status(),
                    progress.total(),
                    work,
                    needingWork,
                    progress.edited(),
                    progress.approved());
        });
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
