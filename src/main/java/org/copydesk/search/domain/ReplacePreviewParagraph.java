package org.copydesk.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph a replace preview would change: the revision the new text was computed on (applying it over any
 * other revision would overwrite someone's work), the text before and after, and the revision the apply wrote.
 */
@Entity
@Table(name = "replace_preview_paragraphs")
public class ReplacePreviewParagraph {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "replace_preview_paragraphs_seq")
    @SequenceGenerator(
            name = "replace_preview_paragraphs_seq",
            sequenceName = "replace_preview_paragraphs_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "preview_id", nullable = false, updatable = false)
    private UUID previewId;

    @Column(name = "paragraph_id", nullable = false, updatable = false)
    private long paragraphId;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "article_title", nullable = false, updatable = false)
    private String articleTitle;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "base_revision", nullable = false, updatable = false)
    private int baseRevision;

    @Column(name = "old_text", nullable = false, updatable = false)
    private String oldText;

    @Column(name = "new_text", nullable = false, updatable = false)
    private String newText;

    @Column(name = "applied_revision")
    private @Nullable Integer appliedRevision;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReplacePreviewParagraph() {
        this.previewId = new UUID(0, 0);
        this.articleTitle = "";
        this.oldText = "";
        this.newText = "";
    }

    public ReplacePreviewParagraph(
            UUID previewId,
            long paragraphId,
            long articleId,
            String articleTitle,
            int position,
            int baseRevision,
            String oldText,
            String newText) {
        this.previewId = previewId;
        this.paragraphId = paragraphId;
        this.articleId = articleId;
        this.articleTitle = articleTitle;
        this.position = position;
        this.baseRevision = baseRevision;
        this.oldText = oldText;
        this.newText = newText;
    }

    public void applied(int revision) {
        if (revision <= baseRevision) {
            throw new IllegalArgumentException("an applied revision follows the base revision " + baseRevision);
        }
        appliedRevision = revision;
    }

    public UUID getPreviewId() {
        return previewId;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public int getPosition() {
        return position;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public String getOldText() {
        return oldText;
    }

    public String getNewText() {
        return newText;
    }

    public @Nullable Integer getAppliedRevision() {
        return appliedRevision;
    }
}
