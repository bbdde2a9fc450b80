package org.copydesk.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.search.matching.PatternSpec;
import org.jspecify.annotations.Nullable;

/**
 * A stored replace preview: the pattern, replacement and options it was computed with. Its paragraphs are
 * {@link ReplacePreviewParagraph} rows. It is applied at most once and undone at most once, in that order.
 */
@Entity
@Table(name = "replace_previews")
public class ReplacePreview {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "pattern", nullable = false, updatable = false)
    private String pattern;

    @Column(name = "replacement", nullable = false, updatable = false)
    private String replacement;

    @Column(name = "regex", nullable = false, updatable = false)
    private boolean regex;

    @Column(name = "case_sensitive", nullable = false, updatable = false)
    private boolean caseSensitive;

    @Column(name = "whole_word", nullable = false, updatable = false)
    private boolean wholeWord;

    @Column(name = "applied_by")
    private @Nullable String appliedBy;

    @Column(name = "applied_at")
    private @Nullable Instant appliedAt;

    @Column(name = "undone_by")
    private @Nullable String undoneBy;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReplacePreview() {
        this.id = new UUID(0, 0);
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
        this.pattern = "";
        this.replacement = "";
    }

    public ReplacePreview(UUID id, PatternSpec spec, String replacement, String createdBy, Instant createdAt) {
        this.id = id;
        this.pattern = spec.text();
        this.regex = spec.regex();
        this.caseSensitive = spec.caseSensitive();
        this.wholeWord = spec.wholeWord();
        this.replacement = replacement;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Records that the preview was applied; a preview is applied once. */
    public void applied(String by, Instant at) {
        if (appliedAt != null) {
            throw new IllegalStateException("replace preview " + id + " was already applied");
        }
        appliedBy = by;
        appliedAt = at;
    }

    /** Records that the applied replace was undone; it is undone once. */
    public void undone(String by, Instant at) {
        if (appliedAt == null || undoneAt != null) {
            throw new IllegalStateException("replace preview " + id + " is not applied or already undone");
        }
        undoneBy = by;
        undoneAt = at;
    }

    public UUID getId() {
        return id;
    }

    public PatternSpec getPatternSpec() {
        return new PatternSpec(pattern, regex, caseSensitive, wholeWord);
    }

    public String getReplacement() {
        return replacement;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getAppliedBy() {
        return appliedBy;
    }

    public @Nullable Instant getAppliedAt() {
        return appliedAt;
    }

    public @Nullable String getUndoneBy() {
        return undoneBy;
    }

    public @Nullable Instant getUndoneAt() {
        return undoneAt;
    }
}
