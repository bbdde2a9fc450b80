package org.copydesk.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.jspecify.annotations.Nullable;

/** One imported text. Its paragraphs are loaded on their own (never eagerly with the article). */
@Entity
@Table(name = "articles")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "articles_seq")
    @SequenceGenerator(name = "articles_seq", sequenceName = "articles_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "byline")
    private @Nullable String byline;

    @Column(name = "source_language", nullable = false)
    private String sourceLanguage = "en";

    @Column(name = "target_language", nullable = false)
    private String targetLanguage = "en";

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false)
    private ArticleFormat format;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "paragraph_count", nullable = false)
    private int paragraphCount;

    @Column(name = "untouched_count", nullable = false)
    private int untouchedCount;

    @Column(name = "edited_count", nullable = false)
    private int editedCount;

    @Column(name = "submitted_count", nullable = false)
    private int submittedCount;

    @Column(name = "approved_count", nullable = false)
    private int approvedCount;

    @Column(name = "changes_requested_count", nullable = false)
    private int changesRequestedCount;

    @Column(name = "work_count", nullable = false)
    private int workCount;

    @Column(name = "work_untouched_count", nullable = false)
    private int workUntouchedCount;

    @Column(name = "work_submitted_count", nullable = false)
    private int workSubmittedCount;

    @Column(name = "work_approved_count", nullable = false)
    private int workApprovedCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ArticleStatus status = ArticleStatus.NEW;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {
        this.title = "";
        this.format = ArticleFormat.PLAIN_TEXT;
        this.contentHash = "";
        this.importedBy = "";
        this.importedAt = Instant.EPOCH;
        this.lastActivityAt = Instant.EPOCH;
    }

    public Article(
            String title,
            @Nullable String byline,
            ArticleFormat format,
            String contentHash,
            String importedBy,
            Instant importedAt) {
        this.title = title;
        this.byline = byline;
        this.format = format;
        this.contentHash = contentHash;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.lastActivityAt = importedAt;
    }

    /** Counts a paragraph stored with the article, untouched. */
    public void countImported(ParagraphKind kind) {
        tally(kind, ParagraphStatus.UNTOUCHED, +1);
        status = derivedStatus();
    }

    /**
     * Keeps the article's figures in step with a change of one of its paragraphs from {@code before} to
     * {@code after} (equal for a change of text only) at {@code at}.
     */
    public void recordChange(ParagraphKind kind, ParagraphStatus before, ParagraphStatus after, Instant at) {
        tally(kind, before, -1);
        tally(kind, after, +1);
        status = derivedStatus();
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    private void tally(ParagraphKind kind, ParagraphStatus paragraphStatus, int delta) {
        paragraphCount += delta;
        switch (paragraphStatus) {
            case UNTOUCHED -> untouchedCount += delta;
            case EDITED -> editedCount += delta;
            case SUBMITTED -> submittedCount += delta;
            case APPROVED -> approvedCount += delta;
            case CHANGES_REQUESTED -> changesRequestedCount += delta;
        }
        if (kind != ParagraphKind.BOILERPLATE) {
            workCount += delta;
            switch (paragraphStatus) {
                case UNTOUCHED -> workUntouchedCount += delta;
                case SUBMITTED -> workSubmittedCount += delta;
                case APPROVED -> workApprovedCount += delta;
                case EDITED, CHANGES_REQUESTED -> {}
            }
        }
    }

    private ArticleStatus derivedStatus() {
        return ArticleStatus.of(workCount, workUntouchedCount, workSubmittedCount, workApprovedCount);
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getParagraphCount() {
        return paragraphCount;
    }

    public int getUntouchedCount() {
        return untouchedCount;
    }

    /** Paragraphs changed but not approved yet: edited, submitted or sent back. */
    public int getOpenCount() {
        return editedCount + submittedCount + changesRequestedCount;
    }

    public int getApprovedCount() {
        return approvedCount;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("article is not saved yet");
        }
        return id;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getByline() {
        return byline;
    }

    public String getSourceLanguage() {
        return sourceLanguage;
    }

    public String getTargetLanguage() {
        return targetLanguage;
    }

    public ArticleFormat getFormat() {
        return format;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
