package org.copydesk.review.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.StatusChange;
import org.copydesk.article.SubmissionCheck;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.article.service.ParagraphService;
import org.copydesk.editing.diff.WordDiff;
import org.copydesk.review.ChangeReason;
import org.copydesk.review.ChangesRequested;
import org.copydesk.review.ParagraphApproved;
import org.copydesk.review.ParagraphSubmitted;
import org.copydesk.review.SubmissionOverridden;
import org.copydesk.review.domain.ReviewEvent;
import org.copydesk.review.domain.ReviewEventKind;
import org.copydesk.review.domain.ReviewEventRepository;
import org.copydesk.review.domain.ReviewQueueQueries;
import org.copydesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves paragraphs through review: submit, approve, request changes, one at a time or per article. Each step goes
 * through the paragraph's state machine (which also applies four eyes), is stored as a review event and published,
 * all in one transaction with the status change.
 */
@Service
public class ReviewService {

    public static final int MAX_COMMENT_LENGTH = 2000;

    private final ParagraphService paragraphs;
    private final ArticleQueryService articles;
    private final ReviewEventRepository events;
    private final ReviewQueueQueries queue;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ObjectProvider<SubmissionCheck> checks;

    ReviewService(
            ParagraphService paragraphs,
            ArticleQueryService articles,
            ReviewEventRepository events,
            ReviewQueueQueries queue,
            ApplicationEventPublisher publisher,
            Clock clock,
            ObjectProvider<SubmissionCheck> checks) {
        this.paragraphs = paragraphs;
        this.articles = articles;
        this.events = events;
        this.queue = queue;
        this.publisher = publisher;
        this.clock = clock;
        this.checks = checks;
    }

    /**
     * Submits the paragraph for review (from untouched, edited or changes requested), unless findings on its text
     * hold it back ({@link ReviewResult.Blocked}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public ReviewResult submit(long paragraphId) {
        return submit(paragraphId, null);
    }

    /**
     * Submits the paragraph even though findings hold it back, for the reason given; the findings overridden and the
     * reason are stored with the submission and published as {@link SubmissionOverridden}. Without blocking findings
     * this is a plain submission.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public ReviewResult submitOverriding(long paragraphId, String reason) {
        String trimmed = reason.strip();
        if (trimmed.isEmpty()) {
            return new ReviewResult.Invalid("Say why the findings may be overridden.");
        }
        if (trimmed.length() > MAX_COMMENT_LENGTH) {
            return new ReviewResult.Invalid("A reason has at most " + MAX_COMMENT_LENGTH + " characters.");
        }
        return submit(paragraphId, trimmed);
    }

    private ReviewResult submit(long paragraphId, @Nullable String overrideReason) {
        Optional<ParagraphRow> before = paragraphs.lockForChange(paragraphId);
        if (before.isEmpty()) {
            return new ReviewResult.NotFound(paragraphId);
        }
        ParagraphStatus status = before.get().status();
        List<String> blockers = status == ParagraphStatus.SUBMITTED || status == ParagraphStatus.APPROVED
                ? List.of()
                : checks.orderedStream()
                        .flatMap(c -> c.blockers(paragraphId).stream())
                        .toList();
        if (!blockers.isEmpty() && overrideReason == null) {
            return new ReviewResult.Blocked(blockers);
        }
        FindingsOverride override =
                blockers.isEmpty() || overrideReason == null ? null : new FindingsOverride(overrideReason, blockers);
        return step(
                paragraphId,
                ReviewEventKind.SUBMITTED,
                null,
                null,
                override,
                id -> paragraphs.submit(id, clock.instant()));
    }

    /** Approves a submitted paragraph, unless the signed-in reviewer wrote its latest revision (four eyes). */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public ReviewResult approve(long paragraphId) {
        String reviewer = CurrentUser.username();
        return step(
                paragraphId,
                ReviewEventKind.APPROVED,
                null,
                null,
                id -> paragraphs.approve(id, reviewer, clock.instant()));
    }

    /** Sends a submitted paragraph back to its editor with a reason and an optional comment. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public ReviewResult requestChanges(long paragraphId, ChangeReason reason, @Nullable String comment) {
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        if (trimmed != null && trimmed.length() > MAX_COMMENT_LENGTH) {
            return new ReviewResult.Invalid("A comment has at most " + MAX_COMMENT_LENGTH + " characters.");
        }
        return step(
                paragraphId,
                ReviewEventKind.CHANGES_REQUESTED,
                reason,
                trimmed,
                id -> paragraphs.requestChanges(id, clock.instant()));
    }

    /**
     * Submits every edited paragraph of the article (edited or sent back; boilerplate excluded) in one transaction.
     * Untouched paragraphs are skipped and listed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public BulkReviewResult submitArticle(long articleId) {
        return bulk(articleId, ParagraphStatus.EDITED, this::submit);
    }

    /**
     * Submits the chosen paragraphs of the article in one transaction, each as {@link #submit(long)} would. Those
     * that cannot go (boilerplate, wrong status, held back by findings, not in this article) are skipped and listed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
    public BulkReviewResult submitSelection(long articleId, Collection<Long> paragraphIds) {
        Optional<ArticleDetail> article = articles.find(articleId);
        if (article.isEmpty()) {
            return new BulkReviewResult.NotFound(articleId);
        }
        var wanted = new LinkedHashSet<>(paragraphIds);
        var done = new ArrayList<Long>();
        var skipped = new ArrayList<BulkReviewResult.Skipped>();
        for (ParagraphRow p : article.get().paragraphs()) {
            if (!wanted.remove(p.id())) {
                continue;
            }
            if (p.kind() == ParagraphKind.BOILERPLATE) {
                skipped.add(new BulkReviewResult.Skipped(p.id(), p.position() + 1, "Boilerplate is not reviewed."));
            } else {
                tally(p, submit(p.id()), done, skipped);
            }
        }
        wanted.forEach(id -> skipped.add(new BulkReviewResult.Skipped(id, 0, "Not a paragraph of this article.")));
        return new BulkReviewResult.Done(List.copyOf(done), List.copyOf(skipped));
    }

    /**
     * Approves every submitted paragraph of the article in one transaction; four eyes applies to each, and the
     * paragraphs it refuses are skipped and listed with the reason.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public BulkReviewResult approveArticle(long articleId) {
        return bulk(articleId, ParagraphStatus.SUBMITTED, this::approve);
    }

    /** The submitted paragraphs of an article with their diffs, for the bulk approval page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<ReviewQueueItem> submittedIn(long articleId) {
        return queue(new ReviewQueueFilter(articleId, null, null), 0, 10_000);
    }

    /** One page of the review queue, oldest submission first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<ReviewQueueItem> queue(ReviewQueueFilter filter, int offset, int limit) {
        return queue.page(filter.articleId(), filter.editor(), submittedBefore(filter), offset, limit).stream()
                .map(ReviewService::item)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public int queueSize(ReviewQueueFilter filter) {
        return queue.count(filter.articleId(), filter.editor(), submittedBefore(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public ReviewQueueOptions queueOptions() {
        return new ReviewQueueOptions(
                queue.articles().stream()
                        .map(a -> new ReviewQueueOptions.ArticleChoice(a.id(), a.title()))
                        .toList(),
                queue.editors());
    }

    /**
     * The paragraphs of an article that were sent back and not submitted again since, with the reason, by
     * paragraph id.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ChangeRequestNote> openChangeRequests(long articleId) {
        return events.latestPerParagraph(articleId).stream()
                .filter(e -> e.getKind() == ReviewEventKind.CHANGES_REQUESTED)
                .collect(Collectors.toMap(ReviewEvent::getParagraphId, ReviewService::note));
    }

    /**
     * Who approved each paragraph of the article whose newest review step is an approval, and when; a paragraph
     * edited since (and so no longer approved) is the caller's to leave out by its status.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Approval> approvals(long articleId) {
        return events.latestPerParagraph(articleId).stream()
                .filter(e -> e.getKind() == ReviewEventKind.APPROVED)
                .collect(Collectors.toMap(ReviewEvent::getParagraphId, e -> new Approval(e.getActor(), e.getAt())));
    }

    /** Why the paragraph was sent back, while it has not been submitted again. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ChangeRequestNote> openChangeRequest(long paragraphId) {
        return events.findFirstByParagraphIdOrderByIdDesc(paragraphId)
                .filter(e -> e.getKind() == ReviewEventKind.CHANGES_REQUESTED)
                .map(ReviewService::note);
    }

    /** Findings a reviewer submitted in spite of, and why. */
    private record FindingsOverride(String reason, List<String> findings) {}

    private ReviewResult step(
            long paragraphId,
            ReviewEventKind kind,
            @Nullable ChangeReason reason,
            @Nullable String comment,
            Function<Long, StatusChange> transition) {
        return step(paragraphId, kind, reason, comment, null, transition);
    }

    private ReviewResult step(
            long paragraphId,
            ReviewEventKind kind,
            @Nullable ChangeReason reason,
            @Nullable String comment,
            @Nullable FindingsOverride override,
            Function<Long, StatusChange> transition) {
        Optional<ParagraphRow> before = paragraphs.lockForChange(paragraphId);
        if (before.isEmpty()) {
            return new ReviewResult.NotFound(paragraphId);
        }
        return switch (transition.apply(paragraphId)) {
            case StatusChange.Refused refused ->
                refused.rule()
                        ? new ReviewResult.NotAllowed(refused.reason())
                        : new ReviewResult.WrongStatus(refused.reason());
            case StatusChange.Done done -> {
                ParagraphRow after = paragraphs.lockForChange(paragraphId).orElseThrow();
                record(after, kind, reason, comment, override);
                yield new ReviewResult.Done(after);
            }
        };
    }

    private void record(
            ParagraphRow p,
            ReviewEventKind kind,
            @Nullable ChangeReason reason,
            @Nullable String comment,
            @Nullable FindingsOverride override) {
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        int position = p.position() + 1;
        if (override == null) {
            events.save(new ReviewEvent(
                    p.id(), p.articleId(), kind, actor, now, p.revision(), p.updatedBy(), reason, comment));
        } else {
            events.save(ReviewEvent.overridingSubmission(
                    p.id(),
                    p.articleId(),
                    actor,
                    now,
                    p.revision(),
                    p.updatedBy(),
                    override.reason(),
                    abbreviated(String.join(" ", override.findings()))));
            publisher.publishEvent(new SubmissionOverridden(
                    p.articleId(), p.id(), position, p.revision(), actor, override.findings(), override.reason(), now));
        }
        publisher.publishEvent(
                switch (kind) {
                    case SUBMITTED -> new ParagraphSubmitted(p.articleId(), p.id(), position, p.revision(), actor, now);
                    case APPROVED ->
                        new ParagraphApproved(p.articleId(), p.id(), position, p.revision(), actor, p.updatedBy(), now);
                    case CHANGES_REQUESTED ->
                        new ChangesRequested(
                                p.articleId(),
                                p.id(),
                                position,
                                p.revision(),
                                actor,
                                p.updatedBy(),
                                java.util.Objects.requireNonNull(reason),
                                comment,
                                now);
                });
    }

    private BulkReviewResult bulk(long articleId, ParagraphStatus candidates, Function<Long, ReviewResult> single) {
        Optional<ArticleDetail> article = articles.find(articleId);
        if (article.isEmpty()) {
            return new BulkReviewResult.NotFound(articleId);
        }
        var done = new ArrayList<Long>();
        var skipped = new ArrayList<BulkReviewResult.Skipped>();
        for (ParagraphRow p : article.get().paragraphs()) {
            if (p.kind() == ParagraphKind.BOILERPLATE || !isCandidate(p.status(), candidates)) {
                if (candidates == ParagraphStatus.EDITED
                        && p.status() == ParagraphStatus.UNTOUCHED
                        && p.kind() != ParagraphKind.BOILERPLATE) {
                    skipped.add(new BulkReviewResult.Skipped(p.id(), p.position() + 1, "Not edited yet."));
                }
                continue;
            }
            tally(p, single.apply(p.id()), done, skipped);
        }
        return new BulkReviewResult.Done(List.copyOf(done), List.copyOf(skipped));
    }

    private static void tally(
            ParagraphRow p, ReviewResult result, List<Long> done, List<BulkReviewResult.Skipped> skipped) {
        String why = switch (result) {
            case ReviewResult.Done d -> null;
            case ReviewResult.NotAllowed n -> n.reason();
            case ReviewResult.WrongStatus w -> w.reason();
            case ReviewResult.Invalid i -> i.reason();
            case ReviewResult.Blocked b -> b.reason();
            case ReviewResult.NotFound n -> "This paragraph no longer exists.";
        };
        if (why == null) {
            done.add(p.id());
        } else {
            skipped.add(new BulkReviewResult.Skipped(p.id(), p.position() + 1, why));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= MAX_COMMENT_LENGTH ? text : text.substring(0, MAX_COMMENT_LENGTH - 1) + "…";
    }

    private static boolean isCandidate(ParagraphStatus status, ParagraphStatus candidates) {
        return candidates == ParagraphStatus.EDITED
                ? status == ParagraphStatus.EDITED || status == ParagraphStatus.CHANGES_REQUESTED
                : status == candidates;
    }

    private Instant submittedBefore(ReviewQueueFilter filter) {
        return filter.minimumAge() == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : clock.instant().minus(filter.minimumAge());
    }

    private static ReviewQueueItem item(ReviewQueueQueries.Row r) {
        return new ReviewQueueItem(
                r.paragraphId(),
                r.articleId(),
                r.articleTitle(),
                r.position() + 1,
                r.sourceText(),
                r.correctedText(),
                r.revision(),
                r.latestAuthor(),
                r.submittedAt(),
                r.submittedBy(),
                r.approvedText(),
                WordDiff.between(r.sourceText(), r.correctedText()).segments(),
                r.approvedText() == null
                        ? null
                        : WordDiff.between(r.approvedText(), r.correctedText()).segments());
    }

    private static ChangeRequestNote note(ReviewEvent e) {
        return new ChangeRequestNote(
                e.getParagraphId(),
                java.util.Objects.requireNonNull(e.getReason()),
                e.getComment(),
                e.getActor(),
                e.getAt());
    }
}
