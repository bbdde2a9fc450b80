package org.copydesk.notification.domain;

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
import org.jspecify.annotations.Nullable;

/** Something a person should know about a paragraph: {@code actor} approved it, sent it back, or mentioned them. */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "paragraph_id", nullable = false, updatable = false)
    private long paragraphId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "reason", updatable = false)
    private @Nullable String reason;

    @Column(name = "detail", length = 2000, updatable = false)
    private @Nullable String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {
        this.recipient = "";
        this.kind = NotificationKind.MENTIONED;
        this.actor = "";
        this.createdAt = Instant.EPOCH;
    }

    public Notification(
            String recipient,
            NotificationKind kind,
            String actor,
            long articleId,
            long paragraphId,
            int position,
            @Nullable String reason,
            @Nullable String detail,
            Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.actor = actor;
        this.articleId = articleId;
        this.paragraphId = paragraphId;
        this.position = position;
        this.reason = reason;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("notification is not saved yet");
        }
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public long getArticleId() {
        return articleId;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
