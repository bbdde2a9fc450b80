package org.copydesk.article.service;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article's spin-residue figure, which the article list sorts by. The suggest feature computes it (after each
 * revision, at import) and records it here, because the article feature owns the article row.
 */
@Service
public class ArticleResidueService {

    private final JdbcClient jdbc;

    ArticleResidueService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the article's residue in thousandths (0 clean, 1000 nothing repaired); an unknown id is ignored. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void record(long articleId, int permille) {
        jdbc.sql("update articles set spin_residue_permille = ? where id = ?")
                .params(Math.clamp(permille, 0, 1000), articleId)
                .update();
    }

    /** Up to {@code limit} articles whose residue was never computed (imported before the figure existed). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> withoutResidue(int limit) {
        return jdbc.sql("select id from articles where spin_residue_permille is null order by id limit ?")
                .param(limit)
                .query(Long.class)
                .list();
    }
}
