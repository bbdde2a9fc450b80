package org.copydesk.editing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copydesk.editing.RevisionKind;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of a paragraph's corrected text. Immutable: Hibernate never updates it, and the database
 * refuses UPDATE and DELETE on the table (see V1 migration).
 */
@Entity
@Immutable
@Table(name = "revisions")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revisions_seq")
    @SequenceGenerator(name = "revisions_seq", sequenceName = "revisions_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "paragraph_id", nullable = false)
    private long paragraphId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private RevisionKind kind;

    @Column(name = "base_revision")
    private @Nullable Integer baseRevision;

    @Column(name = "message", length = 500)
    private @Nullable String message;

    protected Revision() {
        this.text = "";
        this.author = "";
        this.createdAt = Instant.EPOCH;
        this.kind = RevisionKind.EDIT;
    }

    public Revision(
            long paragraphId,
            int number,
            String text,
            String author,
            Instant createdAt,
            RevisionKind kind,
            @Nullable Integer baseRevision) {
        this(paragraphId, number, text, author, createdAt, kind, baseRevision, null);
    }

    public Revision(
            long paragraphId,
            int number,
            String text,
            String author,
            Instant createdAt,
            RevisionKind kind,
            @Nullable Integer baseRevision,
            @Nullable String message) {
        this.paragraphId = paragraphId;
        this.number = number;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
        this.kind = kind;
        this.baseRevision = baseRevision;
        this.message = message;
    }

    /** Why the revision was made, where that is more than an edit (a replace-all's pattern, a restored number). */
    public @Nullable String getMessage() {
        return message;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public @Nullable Integer getBaseRevision() {
        return baseRevision;
    }
}
