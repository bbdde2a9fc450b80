package org.copydesk.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAt(long accountId);

    /** Records a use, at most once per {@code notBefore} interval, so busy integrations do not write on every call. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now"
            + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int recordUse(long id, Instant now, Instant notBefore);
}
