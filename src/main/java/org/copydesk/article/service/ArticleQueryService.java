package org.copydesk.article.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copydesk.article.domain.Article;
import org.copydesk.article.domain.ArticleRepository;
import org.copydesk.article.domain.ParagraphCount;
import org.copydesk.article.domain.ParagraphRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles for the list, the workspace and the API. Any signed-in account may read. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ArticleQueryService {

    private final ArticleRepository articles;
    private final ParagraphRepository paragraphs;

    ArticleQueryService(ArticleRepository articles, ParagraphRepository paragraphs) {
        this.articles = articles;
        this.paragraphs = paragraphs;
    }

    /** One page of articles, newest import first, each with its progress counted from its paragraphs. */
    public Page<ArticleListItem> list(int page, int size) {
        Page<Article> found = articles.findAll(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        List<Long> ids = found.map(Article::getId).toList();
        Map<Long, List<ParagraphCount>> counts = ids.isEmpty()
                ? Map.of()
                : paragraphs.countByArticle(ids).stream().collect(Collectors.groupingBy(ParagraphCount::articleId));
        return found.map(a -> toListItem(a, counts.getOrDefault(a.getId(), List.of())));
    }

    public long count() {
        return articles.count();
    }

    /** The article with every paragraph in order, or empty when no article has this id. */
    public Optional<ArticleDetail> find(long id) {
        return articles.findById(id).map(this::toDetail);
    }

    /** The article without its paragraphs, with its status counted in the database; empty for an unknown id. */
    public Optional<ArticleHeader> header(long id) {
        return articles.findById(id).map(a -> {
            var progress = ArticleProgress.of(paragraphs.countByArticle(List.of(id)), a.getImportedAt());
            return new ArticleHeader(
                    a.getId(),
                    a.getTitle(),
                    a.getByline(),
                    progress.status(),
                    a.getSourceLanguage(),
                    a.getTargetLanguage(),
                    a.getFormat().name().toLowerCase(Locale.ROOT),
                    a.getImportedBy(),
                    a.getImportedAt());
        });
    }

    /**
     * Up to {@code limit} paragraphs of the article after position {@code afterPosition} (-1 for the first), in
     * order: a page of a long article, so that a reader never holds all of it.
     */
    public List<ParagraphRow> paragraphsAfter(long articleId, int afterPosition, int limit) {
        return paragraphs
                .findByArticleIdAndPositionGreaterThanOrderByPosition(articleId, afterPosition, Limit.of(limit))
                .stream()
                .map(ParagraphRow::of)
                .toList();
    }

    private ArticleListItem toListItem(Article a, List<ParagraphCount> counts) {
        var progress = ArticleProgress.of(counts, a.getImportedAt());
        return new ArticleListItem(
                a.getId(),
                a.getTitle(),
                progress.status(),
                progress.total(),
                progress.edited(),
                progress.approved(),
                progress.untouched(),
                progress.lastChange());
    }

    private ArticleDetail toDetail(Article a) {
        List<ParagraphRow> rows = paragraphs.findByArticleIdOrderByPosition(a.getId()).stream()
                .map(ParagraphRow::of)
                .toList();
        var progress = ArticleProgress.of(
                rows.stream()
                        .map(p -> new ParagraphCount(a.getId(), p.kind(), p.status(), 1, p.updatedAt()))
                        .toList(),
                a.getImportedAt());
        return new ArticleDetail(
                a.getId(),
                a.getTitle(),
                a.getByline(),
                progress.status(),
                a.getSourceLanguage(),
                a.getTargetLanguage(),
                a.getFormat().name().toLowerCase(Locale.ROOT),
                a.getImportedBy(),
                a.getImportedAt(),
                rows);
    }
}
