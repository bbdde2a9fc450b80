package org.copydesk.search.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReplacePreviewRepository extends JpaRepository<ReplacePreview, UUID> {

    /** Locks the preview until the transaction ends, so that two applies (or undos) of it queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ReplacePreview p where p.id = :id")
    Optional<ReplacePreview> findForUpdate(UUID id);
}
