package org.copydesk.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByIdDesc(String recipient, Pageable page);

    List<Notification> findByRecipientAndReadAtIsNullOrderByIdDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1"
            + " where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
