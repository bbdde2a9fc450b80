package org.copydesk.audit.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    /** Entries newest first, filtered by actor, action and time (null: any). */
    @Query("""
            select e from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and e.at >= :from and e.at < :to
            order by e.at desc, e.id desc""")
    Page<AuditEntry> search(@Nullable String actor, @Nullable String action, Instant from, Instant to, Pageable page);
}
