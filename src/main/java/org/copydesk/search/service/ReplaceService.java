package org.copydesk.search.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ParagraphService;
import org.copydesk.base.InteractiveTimeouts;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.diff.WordDiff;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.domain.ParagraphScan;
import org.copydesk.search.domain.ReplacePreview;
import org.copydesk.search.domain.ReplacePreviewParagraph;
import org.copydesk.search.domain.ReplacePreviewParagraphRepository;
import org.copydesk.search.domain.ReplacePreviewRepository;
import org.copydesk.search.matching.Parsed;
import org.copydesk.search.matching.Replacement;
import org.copydesk.search.matching.TextPattern;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces across articles in two steps. A preview computes every paragraph that would change and stores it with
 * the revision it was computed on; applying it writes one replace-all revision per chosen paragraph through the
 * editing service, which refuses any paragraph saved since (skipped and reported, never overwritten) and approved
 * paragraphs for editors. An applied replace can be undone as a whole, paragraph by paragraph, where nobody has
 * changed the paragraph since.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
public class ReplaceService {

    /** The most paragraphs one replace may change: a reviewable preview, and a bounded transaction. */
    public static final int MAX_CHANGES = 5_000;

    private final ParagraphScan scan;
    private final ReplacePreviewRepository previews;
    private final ReplacePreviewParagraphRepository previewParagraphs;
    private final ParagraphEditingService editing;
    private final ParagraphService paragraphs;
    private final InteractiveTimeouts timeouts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration budget;

    ReplaceService(
            ParagraphScan scan,
            ReplacePreviewRepository previews,
            ReplacePreviewParagraphRepository previewParagraphs,
            ParagraphEditingService editing,
            ParagraphService paragraphs,
            InteractiveTimeouts timeouts,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${copydesk.search.time-budget:5s}") Duration budget) {
        this.scan = scan;
        this.previews = previews;
        this.previewParagraphs = previewParagraphs;
        this.editing = editing;
        this.paragraphs = paragraphs;
        this.timeouts = timeouts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.budget = budget;
    }

    /**
     * Computes and stores what replacing the matches of {@code query} in corrected text with {@code replacement}
     * would change (the query's scope is ignored: a replace changes corrected text only). Nothing changes yet.
     */
    public PreviewResult preview(SearchQuery query, String replacement) {
        var problem = Filters.problemWith(query.filter());
        if (problem.isPresent()) {
            return new PreviewResult.Invalid(problem.get());
        }
        TextPattern pattern;
        switch (TextPattern.compile(query.pattern())) {
            case Parsed.Ok<TextPattern> ok -> pattern = ok.value();
            case Parsed.Invalid<TextPattern> invalid -> {
                return new PreviewResult.Invalid(invalid.reason());
            }
        }
        Replacement compiled;
        switch (Replacement.parse(replacement, pattern)) {
            case Parsed.Ok<Replacement> ok -> compiled = ok.value();
            case Parsed.Invalid<Replacement> invalid -> {
                return new PreviewResult.Invalid(invalid.reason());
            }
        }
        boolean reviewerOrAdmin = reviewerOrAdmin();
        var id = UUID.randomUUID();
        String author = CurrentUser.username();
        Instant now = clock.instant();
        List<PreviewChange> changes = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        boolean[] stopped = {false, false}; // timed out, too many
        try {
            transaction.executeWithoutResult(tx -> {
                List<ReplacePreviewParagraph> rows = new ArrayList<>();
                var q = query.inCorrectedText();
                scan.scan(pattern.spec(), q.scope(), q.filter(), budget, p -> {
                    if (System.nanoTime() > deadline) {
                        stopped[0] = true;
                        return false;
                    }
                    int matches = pattern.findIn(p.correctedText()).size();
                    if (matches == 0) {
                        return true;
                    }
                    String newText = pattern.replaceIn(p.correctedText(), compiled);
                    if (newText.equals(p.correctedText())) {
                        return true;
                    }
                    if (rows.size() == MAX_CHANGES) {
                        stopped[1] = true;
                        return false;
                    }
                    rows.add(new ReplacePreviewParagraph(
                            id,
                            p.paragraphId(),
                            p.articleId(),
                            p.articleTitle(),
                            p.position(),
                            p.revision(),
                            p.correctedText(),
                            newText));
                    changes.add(new PreviewChange(
                            p.paragraphId(),
                            p.articleId(),
                            p.articleTitle(),
                            p.position(),
                            p.revision(),
                            p.status(),
                            p.status() == ParagraphStatus.APPROVED && !reviewerOrAdmin,
                            matches,
                            p.correctedText(),
                            newText,
                            WordDiff.between(p.correctedText(), newText).segments()));
                    return true;
                });
                if (!stopped[0] && !stopped[1]) {
                    previews.save(new ReplacePreview(id, pattern.spec(), replacement, author, now));
                    previewParagraphs.saveAll(rows);
                }
            });
        } catch (QueryTimeoutException e) {
            stopped[0] = true;
        }
        if (stopped[0]) {
            return new PreviewResult.TimedOut(Budgets.exceeded(budget));
        }
        if (stopped[1]) {
            return new PreviewResult.TooMany(MAX_CHANGES);
        }
        return new PreviewResult.Previewed(new ReplacePreviewView(id, pattern.spec(), replacement, now, changes));
    }

    /**
     * Applies the stored preview {@code previewId} of this account to the paragraphs in {@code paragraphIds} (all
     * of its paragraphs when null), each as one replace-all revision on the revision the preview saw. Paragraphs
     * changed since, and approved ones for an editor, are skipped and listed. A preview is applied once.
     */
    @Transactional
    public ApplyResult apply(UUID previewId, @Nullable Collection<Long> paragraphIds) {
        Optional<ReplacePreview> found = ownPreviewForUpdate(previewId);
        if (found.isEmpty()) {
            return new ApplyResult.NotFound(previewId);
        }
        ReplacePreview preview = found.get();
        if (preview.getAppliedAt() != null) {
            return new ApplyResult.AlreadyApplied(previewId, preview.getAppliedAt());
        }
        List<ReplacePreviewParagraph> rows = previewParagraphs.findByPreviewIdOrderByParagraphId(previewId);
        Set<Long> chosen = paragraphIds == null ? null : new HashSet<>(paragraphIds);
        if (chosen != null) {
            Set<Long> unknown = new HashSet<>(chosen);
            rows.forEach(r -> unknown.remove(r.getParagraphId()));
            if (!unknown.isEmpty()) {
                return new ApplyResult.Invalid(
                        "These paragraphs are not part of preview " + previewId + ": " + unknown + ".");
            }
        }
        List<ReplacePreviewParagraph> toChange = rows.stream()
                .filter(r -> chosen == null || chosen.contains(r.getParagraphId()))
                .toList();
        lockAll(toChange);
        String message = ReplaceMessages.replaceAll(preview);
        var changed = new ArrayList<ReplaceOutcome.Changed>();
        var skipped = new ArrayList<ReplaceOutcome.Skipped>();
        for (ReplacePreviewParagraph row : toChange) {
            SaveResult result = editing.save(
                    row.getParagraphId(), row.getNewText(), row.getBaseRevision(), RevisionKind.REPLACE_ALL, message);
            record(row, result, changed, skipped, "after the preview");
            if (result instanceof SaveResult.Saved saved) {
                row.applied(saved.paragraph().revision());
            }
        }
        preview.applied(CurrentUser.username(), clock.instant());
        return new ApplyResult.Applied(new ReplaceOutcome(previewId, changed, skipped));
    }

    /**
     * Undoes the applied replace {@code previewId} of this account: each paragraph it changed gets a revert revision
     * back to its text before the replace, unless someone has saved it since (then it is skipped and listed).
     */
    @Transactional
    public UndoResult undo(UUID previewId) {
        Optional<ReplacePreview> found = ownPreviewForUpdate(previewId);
        if (found.isEmpty()) {
            return new UndoResult.NotFound(previewId);
        }
        ReplacePreview preview = found.get();
        if (preview.getAppliedAt() == null) {
            return new UndoResult.NotUndoable(
                    previewId, "This replace has not been applied, so there is nothing to undo.");
        }
        if (preview.getUndoneAt() != null) {
            return new UndoResult.NotUndoable(
                    previewId, "This replace was already undone at " + preview.getUndoneAt() + ".");
        }
        List<ReplacePreviewParagraph> applied = previewParagraphs.findByPreviewIdOrderByParagraphId(previewId).stream()
                .filter(r -> r.getAppliedRevision() != null)
                .toList();
        lockAll(applied);
        String message = ReplaceMessages.undo(preview);
        var changed = new ArrayList<ReplaceOutcome.Changed>();
        var skipped = new ArrayList<ReplaceOutcome.Skipped>();
        for (ReplacePreviewParagraph row : applied) {
            SaveResult result = editing.save(
                    row.getParagraphId(), row.getOldText(), row.getAppliedRevision(), RevisionKind.REVERT, message);
            record(row, result, changed, skipped, "after the replace");
        }
        preview.undone(CurrentUser.username(), clock.instant());
        return new UndoResult.Undone(new ReplaceOutcome(previewId, changed, skipped));
    }

    /**
     * Locks every paragraph row first, in paragraph id order, before any save locks an article row. A save locks
     * its paragraph, then the paragraph's article; without this, the replace could hold an article (from its first
     * paragraph there) while an editor holds a later paragraph of it and waits for the article: a deadlock. The
     * locks wait no longer than an interactive save would ({@link InteractiveTimeouts}).
     */
    private void lockAll(List<ReplacePreviewParagraph> rows) {
        timeouts.applyToCurrentTransaction();
        rows.forEach(row -> paragraphs.lockForChange(row.getParagraphId()));
    }

    private Optional<ReplacePreview> ownPreviewForUpdate(UUID previewId) {
        return previews.findForUpdate(previewId).filter(p -> p.getCreatedBy().equals(CurrentUser.username()));
    }

    private static void record(
            ReplacePreviewParagraph row,
            SaveResult result,
            List<ReplaceOutcome.Changed> changed,
            List<ReplaceOutcome.Skipped> skipped,
            String since) {
        switch (result) {
            case SaveResult.Saved saved ->
                changed.add(new ReplaceOutcome.Changed(
                        row.getParagraphId(),
                        row.getArticleId(),
                        row.getArticleTitle(),
                        row.getPosition(),
                        saved.paragraph().revision()));
            case SaveResult.Conflict conflict ->
                skipped.add(skip(
                        row,
                        SkipReason.CHANGED_SINCE,
                        conflict.theirs().updatedBy() + " saved revision "
                                + conflict.theirs().revision() + " " + since + "; it was left as it is."));
            case SaveResult.Unchanged unchanged ->
                skipped.add(skip(row, SkipReason.CHANGED_SINCE, "The paragraph already has this text."));
            case SaveResult.NotAllowed notAllowed -> skipped.add(skip(row, SkipReason.APPROVED, notAllowed.reason()));
            case SaveResult.Invalid invalid -> skipped.add(skip(row, SkipReason.INVALID, invalid.reason()));
            case SaveResult.NotFound notFound ->
                skipped.add(skip(row, SkipReason.GONE, "The paragraph no longer exists."));
        }
    }

    private static ReplaceOutcome.Skipped skip(ReplacePreviewParagraph row, SkipReason reason, String detail) {
        return new ReplaceOutcome.Skipped(
                row.getParagraphId(), row.getArticleId(), row.getArticleTitle(), row.getPosition(), reason, detail);
    }

    private static boolean reviewerOrAdmin() {
        return CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN);
    }
}
