package org.copydesk.article.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.domain.Article;
import org.copydesk.article.domain.ArticleRepository;
import org.copydesk.article.domain.ParagraphRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles for the list, the workspace and the API. Any signed-in account may read. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ArticleQueryService {

    private static final String LIST_COLUMNS = """
            select a.id, a.title, a.status, a.paragraph_count,
                   a.edited_count + a.submitted_count + a.changes_requested_count,
                   a.approved_count, a.untouched_count, a.last_activity_at, a.spin_residue_permille
            from page join articles a on a.id = page.id""";

    private final ArticleRepository articles;
    private final ParagraphRepository paragraphs;
    private final JdbcClient jdbc;

    ArticleQueryService(ArticleRepository articles, ParagraphRepository paragraphs, JdbcClient jdbc) {
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.jdbc = jdbc;
    }

    /**
     * Articles from {@code offset}, at most {@code limit} of them, as the query filters and orders them. Reads
     * only the article rows (each carries its own figures): first the page's ids along an index for the default
     * order (an index-only scan, however deep the page), then those rows alone.
     */
    public List<ArticleListItem> list(ArticleListQuery query, long offset, int limit) {
        var sql = new StringBuilder("with page as (select id from articles");
        var parameters = new ArrayList<Object>();
        where(query, sql, parameters);
        sql.append(orderBy(query.order(), "")).append(" offset ? limit ?) ");
        sql.append(LIST_COLUMNS).append(orderBy(query.order(), "a."));
        parameters.add(offset);
        parameters.add(limit);
        return jdbc.sql(sql.toString())
                .params(parameters)
                .query((rs, n) -> new ArticleListItem(
                        rs.getLong(1),
                        rs.getString(2),
                        ArticleStatus.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getObject(9) == null ? null : rs.getInt(9) / 1000.0))
                .list();
    }

    /**
     * How many articles the query finds, exactly. Without a title filter it is read from the per-status counts that
     * the database keeps beside the articles (migration V95), so it costs the same at any number of articles; a title
     * filter counts the matching rows through the title index.
     */
    public long count(ArticleListQuery query) {
        if (query.titleContains() == null) {
            return query.status() == null
                    ? jdbc.sql("select coalesce(sum(articles), 0) from article_counts")
                            .query(Long.class)
                            .single()
                    : jdbc.sql("select coalesce(sum(articles), 0) from article_counts where status = ?")
                            .param(query.status().name())
                            .query(Long.class)
                            .single();
        }
        var sql = new StringBuilder("select count(*) from articles");
        var parameters = new ArrayList<Object>();
        where(query, sql, parameters);
        return jdbc.sql(sql.toString()).params(parameters).query(Long.class).single();
    }

    /** One page of the list with the total, for the REST API. */
    public Page<ArticleListItem> page(ArticleListQuery query, int page, int size) {
        var pageable = PageRequest.of(page, size);
        return new PageImpl<>(list(query, pageable.getOffset(), size), pageable, count(query));
    }

    /** One page of every article, most recently active first. */
    public Page<ArticleListItem> page(int page, int size) {
        return page(ArticleListQuery.ALL, page, size);
    }

    public long count() {
        return count(ArticleListQuery.ALL);
    }

    /** The article with every paragraph in order, or empty when no article has this id. */
    public Optional<ArticleDetail> find(long id) {
        return articles.findById(id).map(this::toDetail);
    }

    /** The article without its paragraphs, with the status kept on its row; empty for an unknown id. */
    public Optional<ArticleHeader> header(long id) {
        return articles.findById(id)
                .map(a -> new ArticleHeader(
                        a.getId(),
                        a.getTitle(),
                        a.getByline(),
                        a.getStatus(),
                        a.getSourceLanguage(),
                        a.getTargetLanguage(),
                        a.getFormat().name().toLowerCase(Locale.ROOT),
                        a.getImportedBy(),
                        a.getImportedAt()));
    }

    /**
     * Up to {@code limit} paragraphs of the article after position {@code afterPosition} (-1 for the first), in
     * order: a page of a long article, so that a reader never holds all of it.
     */
    public List<ParagraphRow> paragraphsAfter(long articleId, int afterPosition, int limit) {
        return paragraphs
                .findByArticleIdAndPositionGreaterThanOrderByPosition(articleId, afterPosition, Limit.of(limit))
                .stream()
                .map(ParagraphRow::of)
                .toList();
    }

    private static String orderBy(ArticleListQuery.Order order, String table) {
        return switch (order) {
            case ACTIVITY -> " order by %1$slast_activity_at desc, %1$sid desc".formatted(table);
            case STATUS ->
                " order by array_position(array['NEW', 'IN_PROGRESS', 'IN_REVIEW', 'APPROVED'], %1$sstatus::text),"
                                .formatted(table)
                        + " %1$slast_activity_at desc, %1$sid desc".formatted(table);
            case TITLE -> " order by lower(%1$stitle), %1$sid".formatted(table);
            case RESIDUE -> " order by %1$sspin_residue_permille desc nulls last, %1$sid desc".formatted(table);
        };
    }

    private static void where(ArticleListQuery query, StringBuilder sql, List<Object> parameters) {
        var conditions = new ArrayList<String>();
        if (query.status() != null) {
            conditions.add("status = ?");
            parameters.add(query.status().name());
        }
        if (query.titleContains() != null) {
            conditions.add("lower(title) like ? escape '\\'");
            parameters.add("%" + likeEscaped(query.titleContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private ArticleDetail toDetail(Article a) {
        List<ParagraphRow> rows = paragraphs.findByArticleIdOrderByPosition(a.getId()).stream()
                .map(ParagraphRow::of)
                .toList();
        return new ArticleDetail(
                a.getId(),
                a.getTitle(),
                a.getByline(),
                a.getStatus(),
                a.getSourceLanguage(),
                a.getTargetLanguage(),
                a.getFormat().name().toLowerCase(Locale.ROOT),
                a.getImportedBy(),
                a.getImportedAt(),
                rows);
    }
}
