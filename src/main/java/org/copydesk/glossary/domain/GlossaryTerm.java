package org.copydesk.glossary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "glossary_terms")
public class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "term", nullable = false)
    private String term;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private GlossaryKind kind;

    @Column(name = "replacement")
    private @Nullable String replacement;

    @Column(name = "note")
    private @Nullable String note;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GlossaryTerm() {
        this.term = "";
        this.kind = GlossaryKind.PREFERRED;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public GlossaryTerm(
            String term,
            GlossaryKind kind,
            @Nullable String replacement,
            @Nullable String note,
            String by,
            Instant at) {
        this.term = term;
        this.kind = kind;
        this.replacement = replacement;
        this.note = note;
        this.createdBy = by;
        this.createdAt = at;
    }

    public GlossaryEntry toEntry() {
        return new GlossaryEntry(id == null ? 0 : id, term, kind, replacement, note);
    }

    public String getTerm() {
        return term;
    }
}
