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
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.jspecify.annotations.Nullable;

/**
 * One block of an article. The source text never changes; the corrected text and revision number cache the newest
 * revision of the paragraph's history, and change only through {@link #revise}.
 */
@Entity
@Table(name = "paragraphs")
public class Paragraph {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraphs_seq")
    @SequenceGenerator(name = "paragraphs_seq", sequenceName = "paragraphs_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ParagraphKind kind;

    @Column(name = "heading_level", updatable = false)
    private @Nullable Integer headingLevel;

    @Column(name = "source_text", nullable = false, updatable = false)
    private String sourceText;

    @Column(name = "corrected_text", nullable = false)
    private String correctedText;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ParagraphStatus status;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Paragraph() {
        this.kind = ParagraphKind.BODY;
        this.sourceText = "";
        this.correctedText = "";
        this.status = ParagraphStatus.UNTOUCHED;
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    /** A paragraph as imported: corrected text equal to the source, revision 1 (the import revision). */
    public static Paragraph imported(
            long articleId, int position, ParagraphKind kind, String sourceText, String importedBy, Instant at) {
        return imported(articleId, position, kind, null, sourceText, importedBy, at);
    }

    /** As {@link #imported(long, int, ParagraphKind, String, String, Instant)}, for a heading with its level. */
    public static Paragraph imported(
            long articleId,
            int position,
            ParagraphKind kind,
            @Nullable Integer headingLevel,
            String sourceText,
            String importedBy,
            Instant at) {
        var paragraph = new Paragraph();
        paragraph.headingLevel = headingLevel;
        paragraph.articleId = articleId;
        paragraph.position = position;
        paragraph.kind = kind;
        paragraph.sourceText = sourceText;
        paragraph.correctedText = sourceText;
        paragraph.status = ParagraphStatus.UNTOUCHED;
        paragraph.revision = 1;
        paragraph.updatedBy = importedBy;
        paragraph.updatedAt = at;
        return paragraph;
    }

    /**
     * Makes {@code text} the corrected text as the next revision and returns that revision's number. An edit of an
     * approved paragraph sends it back to review; any other edit leaves it edited.
     */
    public int revise(String text, String author, Instant at, boolean reviewerOrAdmin) {
        if (!status.isEditableBy(reviewerOrAdmin)) {
            throw new IllegalStateException("paragraph " + id + " is approved; only reviewers and admins may edit it");
        }
        status = status == ParagraphStatus.APPROVED ? ParagraphStatus.SUBMITTED : ParagraphStatus.EDITED;
        correctedText = text;
        revision++;
        updatedBy = author;
        updatedAt = at;
        return revision;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("paragraph is not saved yet");
        }
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public int getPosition() {
        return position;
    }

    public ParagraphKind getKind() {
        return kind;
    }

    /** A heading's level from 1 (highest) to 6, when its format gave one; null for other paragraphs. */
    public @Nullable Integer getHeadingLevel() {
        return headingLevel;
    }

    public String getSourceText() {
        return sourceText;
    }

    public String getCorrectedText() {
        return correctedText;
    }

    public ParagraphStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
