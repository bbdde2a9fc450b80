package org.copydesk.editing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One account's unsaved text of one paragraph. Read through JPA; written only by {@link DraftRepository}'s upsert,
 * so two tabs of the same account writing at once never collide on the primary key.
 */
@Entity
@Immutable
@Table(name = "paragraph_drafts")
public class Draft {

    @EmbeddedId
    private Key key;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "base_revision", nullable = false)
    private int baseRevision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Draft() {
        this.key = new Key();
        this.text = "";
        this.updatedAt = Instant.EPOCH;
    }

    public long getParagraphId() {
        return key.paragraphId;
    }

    public String getUsername() {
        return key.username;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getText() {
        return text;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "username", nullable = false)
        private String username = "";

        @Column(name = "paragraph_id", nullable = false)
        private long paragraphId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.username.equals(username) && k.paragraphId == paragraphId;
        }

        @Override
        public int hashCode() {
            return username.hashCode() * 31 + Long.hashCode(paragraphId);
        }
    }
}
