package org.copydesk.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copydesk.review.ChangeReason;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One review step on a paragraph: who submitted, approved or sent back which revision, when, and why. Immutable;
 * the database refuses UPDATE and DELETE on the table (V30).
 */
@Entity
@Immutable
@Table(name = "review_events")
public class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "paragraph_id", nullable = false)
    private long paragraphId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ReviewEventKind kind;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "editor", nullable = false)
    private String editor;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private @Nullable ChangeReason reason;

    @Column(name = "comment", length = 2000)
    private @Nullable String comment;

    @Column(name = "override_reason", length = 2000)
    private @Nullable String overrideReason;

    @Column(name = "overridden_findings", length = 2000)
    private @Nullable String overriddenFindings;

    protected ReviewEvent() {
        this.kind = ReviewEventKind.SUBMITTED;
        this.actor = "";
        this.at = Instant.EPOCH;
        this.editor = "";
    }

    public ReviewEvent(
            long paragraphId,
            long articleId,
            ReviewEventKind kind,
            String actor,
            Instant at,
            int revision,
            String editor,
            @Nullable ChangeReason reason,
            @Nullable String comment) {
        if ((kind == ReviewEventKind.CHANGES_REQUESTED) != (reason != null)) {
            throw new IllegalArgumentException("a reason belongs to a request for changes, and only there");
        }
        this.paragraphId = paragraphId;
        this.articleId = articleId;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.revision = revision;
        this.editor = editor;
        this.reason = reason;
        this.comment = comment;
    }

    /** A submission made in spite of blocking findings: which ones, and the reviewer's reason. */
    public static ReviewEvent overridingSubmission(
            long paragraphId,
            long articleId,
            String actor,
            Instant at,
            int revision,
            String editor,
            String reason,
            String findings) {
        var event = new ReviewEvent(
                paragraphId, articleId, ReviewEventKind.SUBMITTED, actor, at, revision, editor, null, null);
        event.overrideReason = reason;
        event.overriddenFindings = findings;
        return event;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public long getArticleId() {
        return articleId;
    }

    public ReviewEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public int getRevision() {
        return revision;
    }

    public String getEditor() {
        return editor;
    }

    public @Nullable ChangeReason getReason() {
        return reason;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public @Nullable String getOverriddenFindings() {
        return overriddenFindings;
    }
}
