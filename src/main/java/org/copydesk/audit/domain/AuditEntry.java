package org.copydesk.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. Immutable; the database refuses UPDATE, DELETE and TRUNCATE on the table (V33). */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "target")
    private @Nullable String target;

    @Column(name = "details", length = 2000)
    private @Nullable String details;

    protected AuditEntry() {
        this.at = Instant.EPOCH;
        this.actor = "";
        this.action = "";
    }

    public AuditEntry(Instant at, String actor, String action, @Nullable String target, @Nullable String details) {
        this.at = at;
        this.actor = cut(actor, 64);
        this.action = action;
        this.target = target == null ? null : cut(target, 200);
        this.details = details == null ? null : cut(details, 2000);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("audit entry is not saved yet");
        }
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public @Nullable String getDetails() {
        return details;
    }
}
