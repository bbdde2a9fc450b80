package org.copydesk.comment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByParagraphIdOrderById(long paragraphId);

    boolean existsByParentId(long parentId);

    List<Comment> findByArticleIdOrderById(long articleId);

    /** Per paragraph of the article: how many comments it has, as {@code [paragraphId, count]}. */
    @Query("select c.paragraphId, count(c) from Comment c where c.articleId = :articleId group by c.paragraphId")
    List<Object[]> countByParagraph(long articleId);
}
