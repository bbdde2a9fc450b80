package org.copydesk.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.copydesk.security.Role;
import org.jspecify.annotations.Nullable;

/** A person (or integration) that signs in. The password is kept as a hash only, in the delegating encoder's {@code {id}hash} format. */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("account is not saved yet");
        }
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Stops every way of signing in as this account: passwords, API tokens and open sessions. */
    public void disable() {
        enabled = false;
    }

    /** Replaces the stored hash, e.g. with one in the current format after a successful sign-in. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
