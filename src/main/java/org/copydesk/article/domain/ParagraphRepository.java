package org.copydesk.article.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ParagraphRepository extends JpaRepository<Paragraph, Long> {

    List<Paragraph> findByArticleIdOrderByPosition(long articleId);

    /** One page of an article's paragraphs, by position (keyset paging on the unique (article_id, position)). */
    List<Paragraph> findByArticleIdAndPositionGreaterThanOrderByPosition(long articleId, int position, Limit limit);

    /** Locks the row until the transaction ends, so that concurrent saves of one paragraph queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Paragraph p where p.id = :id")
    Optional<Paragraph> findForUpdate(long id);
}
