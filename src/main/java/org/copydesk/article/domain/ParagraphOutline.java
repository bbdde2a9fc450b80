package org.copydesk.article.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads an article's paragraphs a window at a time, for screens that show thousands of them: first the positions
 * that match a filter (a few bytes each), then only the rows in view.
 */
public interface ParagraphOutline extends Repository<Paragraph, Long> {

    @Query("""
            select p.position from Paragraph p
            where p.articleId = :articleId and p.status in :statuses and p.kind in :kinds
            order by p.position""")
    List<Integer> positions(long articleId, Collection<ParagraphStatus> statuses, Collection<ParagraphKind> kinds);

    @Query("""
            select count(p) from Paragraph p
            where p.articleId = :articleId and p.status in :statuses and p.kind in :kinds""")
    long count(long articleId, Collection<ParagraphStatus> statuses, Collection<ParagraphKind> kinds);

    @Query("""
            select p from Paragraph p
            where p.articleId = :articleId and p.position in :positions
            order by p.position""")
    List<Paragraph> window(long articleId, Collection<Integer> positions);

    Optional<Paragraph> findById(long id);
}
