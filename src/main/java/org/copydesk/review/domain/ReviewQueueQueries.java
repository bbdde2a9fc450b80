package org.copydesk.review.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the review queue: paragraphs whose status is submitted, across articles, oldest submission first, with the
 * text of their last approved revision. A read model over the article and editing tables (read only; those
 * features own and write them) joined with our review events, in one query instead of one per paragraph.
 */
@Component
public class ReviewQueueQueries {

    /** One submitted paragraph as the queue lists it. */
    public record Row(
            long paragraphId,
            long articleId,
            String articleTitle,
            int position,
            String sourceText,
            String correctedText,
            int revision,
            String latestAuthor,
            Instant submittedAt,
            String submittedBy,
            @Nullable String approvedText) {}

    private static final String FROM = """
            from paragraphs p
            join articles a on a.id = p.article_id
            left join lateral (select r.at, r.actor from review_events r
                               where r.paragraph_id = p.id and r.kind = 'SUBMITTED'
                               order by r.id desc limit 1) s on true
            where p.status = 'SUBMITTED'
              and (cast(:articleId as bigint) is null or p.article_id = :articleId)
              and (cast(:editor as varchar) is null or p.updated_by = :editor)
              and coalesce(s.at, p.updated_at) <= :submittedBefore
            """;

    private final JdbcClient jdbc;

    ReviewQueueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> page(
            @Nullable Long articleId, @Nullable String editor, Instant submittedBefore, int offset, int limit) {
        return jdbc.sql("""
                        select p.id, p.article_id, a.title, p.position, p.source_text, p.corrected_text, p.revision,
                               p.updated_by, coalesce(s.at, p.updated_at) as submitted_at,
                               coalesce(s.actor, p.updated_by) as submitted_by,
                               (select rv.text from review_events ap
                                join revisions rv on rv.paragraph_id = ap.paragraph_id and rv.number = ap.revision
                                where ap.paragraph_id = p.id and ap.kind = 'APPROVED'
                                order by ap.id desc limit 1) as approved_text
                        """ + FROM + " order by submitted_at, p.id offset :offset limit :limit")
                .param("articleId", articleId)
                .param("editor", editor)
                .param("submittedBefore", Timestamp.from(submittedBefore))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10),
                        rs.getString(11)))
                .list();
    }

    public int count(@Nullable Long articleId, @Nullable String editor, Instant submittedBefore) {
        return jdbc.sql("select count(*) " + FROM)
                .param("articleId", articleId)
                .param("editor", editor)
                .param("submittedBefore", Timestamp.from(submittedBefore))
                .query(Integer.class)
                .single();
    }

    /** Who wrote the latest revisions of submitted paragraphs, for the queue's editor filter. */
    public List<String> editors() {
        return jdbc.sql("select distinct updated_by from paragraphs where status = 'SUBMITTED' order by 1")
                .query(String.class)
                .list();
    }

    /** Articles with submitted paragraphs (id and title), for the queue's article filter. */
    public List<ArticleOption> articles() {
        return jdbc.sql("""
                        select a.id, a.title from articles a
                        where exists (select 1 from paragraphs p where p.article_id = a.id and p.status = 'SUBMITTED')
                        order by a.title""")
                .query((rs, n) -> new ArticleOption(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public record ArticleOption(long id, String title) {}
}
