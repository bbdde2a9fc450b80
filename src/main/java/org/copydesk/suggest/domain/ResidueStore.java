package org.copydesk.suggest.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each paragraph's spin residue as last measured, and the article's sum of them. */
@Repository
public class ResidueStore {

    /** One paragraph's stored figure. */
    public record Row(long paragraphId, int position, int detected, int remaining) {}

    private final JdbcClient jdbc;

    ResidueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(long articleId, long paragraphId, int position, int detected, int remaining) {
        jdbc.sql("""
                        insert into paragraph_residues (paragraph_id, article_id, position, detected, remaining)
                        values (?, ?, ?, ?, ?)
                        on conflict (paragraph_id) do update
                        set detected = excluded.detected, remaining = excluded.remaining""")
                .params(paragraphId, articleId, position, detected, remaining)
                .update();
    }

    /** The article's paragraphs in position order (those measured). */
    public List<Row> article(long articleId) {
        return jdbc.sql("""
                        select paragraph_id, position, detected, remaining from paragraph_residues
                        where article_id = ? order by position""")
                .param(articleId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** {detected, remaining} summed over the article's paragraphs. */
    public int[] total(long articleId) {
        return jdbc.sql("""
                        select coalesce(sum(detected), 0), coalesce(sum(remaining), 0)
                        from paragraph_residues where article_id = ?""")
                .param(articleId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }
}
