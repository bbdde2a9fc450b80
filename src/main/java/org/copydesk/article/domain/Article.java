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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {
        this.title = "";
        this.format = ArticleFormat.PLAIN_TEXT;
        this.contentHash = "";
        this.importedBy = "";
        this.importedAt = Instant.EPOCH;
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
