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

    /**
     * Records a use, at most once per {@code notBefore} interval, so busy integrations do not write on every call;
     * 1 when this call recorded it. A call that finds the row locked by another call recording the same use skips
     * it instead of waiting: under load, fifty requests with one token used to queue on that row lock, each holding
     * a pooled connection, while the holder waited for a connection to write its audit entry.
     */
    @Modifying
    @Query(
            nativeQuery = true,
            value = "update api_tokens set last_used_at = :now where id = (select id from api_tokens where id = :id"
                    + " and (last_used_at is null or last_used_at < :notBefore) for update skip locked)")
    int recordUse(long id, Instant now, Instant notBefore);
}
