package org.copydesk.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewEventRepository extends JpaRepository<ReviewEvent, Long> {

    Optional<ReviewEvent> findFirstByParagraphIdOrderByIdDesc(long paragraphId);

    List<ReviewEvent> findByParagraphIdOrderById(long paragraphId);

    /** The newest review event of each paragraph of the article that has one. */
    @Query(
            value = "select distinct on (paragraph_id) * from review_events where article_id = :articleId"
                    + " order by paragraph_id, id desc",
            nativeQuery = true)
    List<ReviewEvent> latestPerParagraph(long articleId);
}
