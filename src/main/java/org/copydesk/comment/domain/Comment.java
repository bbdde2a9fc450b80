package org.copydesk.comment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a paragraph. One without a parent opens a thread, which can be resolved and reopened. */
@Entity
@Table(name = "comments")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "paragraph_id", nullable = false, updatable = false)
    private long paragraphId;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Comment() {
        this.author = "";
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    public Comment(long paragraphId, long articleId, @Nullable Long parentId, String author, String text, Instant at) {
        this.paragraphId = paragraphId;
        this.articleId = articleId;
        this.parentId = parentId;
        this.author = author;
        this.text = text;
        this.createdAt = at;
    }

    public void edit(String newText, Instant at) {
        text = newText;
        editedAt = at;
    }

    /** Resolves the thread this comment opens; only a thread's first comment can be resolved. */
    public boolean resolve(String by, Instant at) {
        if (parentId != null || resolvedAt != null) {
            return false;
        }
        resolvedAt = at;
        resolvedBy = by;
        return true;
    }

    public boolean reopen() {
        if (parentId != null || resolvedAt == null) {
            return false;
        }
        resolvedAt = null;
        resolvedBy = null;
        return true;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("comment is not saved yet");
        }
        return id;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public long getArticleId() {
        return articleId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public @Nullable String getResolvedBy() {
        return resolvedBy;
    }
}
