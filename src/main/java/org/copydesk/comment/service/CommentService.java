package org.copydesk.comment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.article.service.ParagraphService;
import org.copydesk.comment.CommentPosted;
import org.copydesk.comment.Mentions;
import org.copydesk.comment.domain.Comment;
import org.copydesk.comment.domain.CommentRepository;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.service.AccountDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on paragraphs. Anyone signed in reads and writes them; only a comment's author edits or deletes
 * it. Accounts named with {@code @username} are told (a {@link CommentPosted} event).
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
public class CommentService {

    public static final int MAX_LENGTH = 4000;

    private final CommentRepository comments;
    private final ParagraphService paragraphs;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(
            CommentRepository comments,
            ParagraphService paragraphs,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.paragraphs = paragraphs;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The paragraph's comments, oldest first; empty when no paragraph has this id. */
    @Transactional(readOnly = true)
    public Optional<List<CommentView>> thread(long paragraphId) {
        if (!paragraphs.exists(paragraphId)) {
            return Optional.empty();
        }
        return Optional.of(comments.findByParagraphIdOrderById(paragraphId).stream()
                .map(CommentView::of)
                .toList());
    }

    /** How many comments each paragraph of the article has, by paragraph id (paragraphs without any are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsFor(long articleId) {
        var counts = new HashMap<Long, Integer>();
        for (Object[] row : comments.countByParagraph(articleId)) {
            counts.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return counts;
    }

    /**
     * Every comment on the article's paragraphs, grouped by paragraph id, each thread oldest first (paragraphs
     * without comments are absent): what an export carries beside the text.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<CommentView>> threadsFor(long articleId) {
        var threads = new HashMap<Long, List<CommentView>>();
        for (Comment comment : comments.findByArticleIdOrderById(articleId)) {
            threads.computeIfAbsent(comment.getParagraphId(), id -> new ArrayList<>())
                    .add(CommentView.of(comment));
        }
        return threads;
    }

    /** Posts a comment (a reply when {@code parentId} names a comment of the same paragraph). */
    @Transactional
    public CommentResult post(long paragraphId, String text, @Nullable Long parentId) {
        Optional<String> invalid = problemWith(text);
        if (invalid.isPresent()) {
            return new CommentResult.Invalid(invalid.get());
        }
        Optional<ParagraphRow> paragraph = paragraphs.lockForChange(paragraphId);
        if (paragraph.isEmpty()) {
            return new CommentResult.NotFound("Paragraph", paragraphId);
        }
        if (parentId != null) {
            Optional<Comment> parent = comments.findById(parentId);
            if (parent.isEmpty()
                    || parent.get().getParagraphId() != paragraphId
                    || parent.get().getParentId() != null) {
                return new CommentResult.Invalid("A reply must answer a thread of the same paragraph.");
            }
        }
        Instant now = clock.instant();
        Comment saved = comments.save(new Comment(
                paragraphId, paragraph.get().articleId(), parentId, CurrentUser.username(), text.strip(), now));
        announce(saved, paragraph.get().position() + 1, Set.of());
        return new CommentResult.Done(CommentView.of(saved));
    }

    /** Changes the text of one of your own comments; accounts newly mentioned are told. */
    @Transactional
    public CommentResult edit(long commentId, String text) {
        Optional<String> invalid = problemWith(text);
        if (invalid.isPresent()) {
            return new CommentResult.Invalid(invalid.get());
        }
        Optional<Comment> found = comments.findById(commentId);
        if (found.isEmpty()) {
            return new CommentResult.NotFound("Comment", commentId);
        }
        Comment comment = found.get();
        if (!comment.getAuthor().equals(CurrentUser.username())) {
            return new CommentResult.NotAllowed("Only its author may edit a comment.");
        }
        Set<String> before = Mentions.in(comment.getText());
        comment.edit(text.strip(), clock.instant());
        int position =
                paragraphs.lockForChange(comment.getParagraphId()).orElseThrow().position() + 1;
        announce(comment, position, before);
        return new CommentResult.Done(CommentView.of(comment));
    }

    /** Deletes one of your own comments; a thread's first comment only while nobody has replied. */
    @Transactional
    public CommentResult delete(long commentId) {
        Optional<Comment> found = comments.findById(commentId);
        if (found.isEmpty()) {
            return new CommentResult.NotFound("Comment", commentId);
        }
        if (!found.get().getAuthor().equals(CurrentUser.username())) {
            return new CommentResult.NotAllowed("Only its author may delete a comment.");
        }
        if (comments.existsByParentId(commentId)) {
            return new CommentResult.NotAllowed("This thread has replies; edit the comment instead of deleting it.");
        }
        comments.delete(found.get());
        return new CommentResult.Deleted(commentId);
    }

    /** Marks the thread that {@code commentId} opens as resolved. */
    @Transactional
    public CommentResult resolve(long commentId) {
        return thread(commentId, true);
    }

    /** Opens a resolved thread again. */
    @Transactional
    public CommentResult reopen(long commentId) {
        return thread(commentId, false);
    }

    /** Usernames starting with {@code prefix}, for completing an {@code @mention}. */
    @Transactional(readOnly = true)
    public List<String> mentionable(String prefix) {
        return accounts.usernamesStartingWith(prefix, 8);
    }

    private CommentResult thread(long commentId, boolean resolve) {
        Optional<Comment> found = comments.findById(commentId);
        if (found.isEmpty()) {
            return new CommentResult.NotFound("Comment", commentId);
        }
        Comment comment = found.get();
        boolean changed = resolve ? comment.resolve(CurrentUser.username(), clock.instant()) : comment.reopen();
        if (!changed) {
            return new CommentResult.Invalid(
                    comment.getParentId() != null
                            ? "Only a thread's first comment can be resolved or reopened."
                            : resolve ? "This thread is already resolved." : "This thread is open already.");
        }
        return new CommentResult.Done(CommentView.of(comment));
    }

    private void announce(Comment comment, int position, Set<String> alreadyMentioned) {
        var mentioned = new LinkedHashSet<>(accounts.existing(Mentions.in(comment.getText())));
        mentioned.removeAll(alreadyMentioned);
        mentioned.remove(comment.getAuthor());
        events.publishEvent(new CommentPosted(
                comment.getId(),
                comment.getArticleId(),
                comment.getParagraphId(),
                position,
                comment.getAuthor(),
                comment.getText(),
                Set.copyOf(mentioned),
                clock.instant()));
    }

    private static Optional<String> problemWith(String text) {
        if (text.isBlank()) {
            return Optional.of("A comment needs some text.");
        }
        if (text.strip().length() > MAX_LENGTH) {
            return Optional.of("A comment has at most " + MAX_LENGTH + " characters.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            return Optional.of("A comment cannot contain control characters.");
        }
        return Optional.empty();
    }
}
