package org.copydesk.export.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.comment.service.CommentService;
import org.copydesk.export.ArticleExported;
import org.copydesk.export.writer.ArticleWriters;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;
import org.copydesk.export.writer.FileNames;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports articles: one file, or a ZIP of many articles in many formats streamed as it is written. Articles are
 * read one at a time through the article service (each read its own short transaction), so a batch holds one
 * article in memory whatever its size. Every file written publishes {@link ArticleExported}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ExportService {

    private final ArticleQueryService articles;
    private final ArticleWriters writers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewService review;
    private final CommentService comments;

    ExportService(
            ArticleQueryService articles,
            ArticleWriters writers,
            ApplicationEventPublisher events,
            Clock clock,
            ReviewService review,
            CommentService comments) {
        this.review = review;
        this.comments = comments;
        this.articles = articles;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One article in one format. Clean copy of an article that is not approved is refused unless the caller is an
     * admin, and is then marked DRAFT.
     */
    public ExportResult export(long articleId, ExportFormat format, ExportOptions options) {
        Optional<ArticleDetail> found = articles.find(articleId);
        if (found.isEmpty()) {
            return new ExportResult.NotFound(articleId);
        }
        ExportArticle article = readModel(found.get(), CurrentUser.username());
        Optional<String> refusal = ExportRules.refusal(format, article.approved(), CurrentUser.hasRole(Role.ADMIN));
        if (refusal.isPresent()) {
            return new ExportResult.NotAllowed(refusal.get());
        }
        var out = new ByteArrayOutputStream();
        try {
            writers.of(format).write(article, options, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing " + format.code() + " into memory failed", e);
        }
        boolean draft = format.isCleanCopy() && article.draft();
        published(article, format, draft);
        return new ExportResult.Exported(
                FileNames.of(article.title(), article.id(), format), format.mediaType(), out.toByteArray(), draft);
    }

    /**
     * Why the caller may not export this article in one of these formats, or empty when they may (or when the
     * article does not exist: the export itself says so). Lets a screen explain before anyone clicks.
     */
    public Optional<String> refusal(long articleId, Set<ExportFormat> formats) {
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        return articles.find(articleId)
                .flatMap(article -> formats.stream()
                        .map(format -> ExportRules.refusal(format, article.status() == ArticleStatus.APPROVED, admin))
                        .flatMap(Optional::stream)
                        .findFirst());
    }

    /**
     * Writes a ZIP of the requested articles in the requested formats to {@code out}, one article at a time, and
     * a {@code manifest.csv} last. Unknown articles and files the caller may not export are left out and listed in
     * the manifest with the reason. {@code progress} hears (articles done, articles in all) after each article.
     * The request must have no {@link BatchRequest#problem()}.
     */
    public BatchSummary exportBatch(BatchRequest request, OutputStream out, BiConsumer<Integer, Integer> progress)
            throws IOException {
        if (request.problem().isPresent()) {
            throw new IllegalArgumentException(request.problem().get());
        }
        String who = CurrentUser.username();
        return new BatchZip(writers)
                .write(
                        request,
                        CurrentUser.hasRole(Role.ADMIN),
                        id -> articles.find(id)
                                .map(detail -> new BatchZip.Loaded(
                                        readModel(detail, who), detail.status().code())),
                        out,
                        progress,
                        file -> published(
                                file.article(),
                                file.format(),
                                file.format().isCleanCopy() && file.article().draft()));
    }

    private ExportArticle readModel(ArticleDetail detail, String exportedBy) {
        return ExportArticles.of(
                detail, review.approvals(detail.id()), comments.threadsFor(detail.id()), exportedBy, clock.instant());
    }

    private void published(ExportArticle article, ExportFormat format, boolean draft) {
        events.publishEvent(
                new ArticleExported(article.id(), format.code(), draft, article.exportedBy(), clock.instant()));
    }
}
