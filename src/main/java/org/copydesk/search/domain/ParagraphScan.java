package org.copydesk.search.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.search.SearchFilter;
import org.copydesk.search.SearchScope;
import org.copydesk.search.matching.PatternSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the paragraphs a search may match, in article and paragraph order, streaming them from PostgreSQL (a
 * cursor, not a list in memory). Only reads: the paragraphs belong to the article feature. Text conditions come
 * from {@link TextNarrowing} and use the trigram indexes; the caller verifies every match.
 */
@Repository
public class ParagraphScan {

    private static final String SELECT = """
            select p.id, p.article_id, a.title, p.position, p.status, p.revision, p.source_text, p.corrected_text,
                   p.updated_at, p.updated_by
            from paragraphs p join articles a on a.id = p.article_id
            where true""";

    private final JdbcTemplate jdbc;

    ParagraphScan(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    /**
     * Hands each paragraph that may match to {@code each}, until it returns false. Runs in the caller's transaction
     * (which a cursor needs) and bounds the statement by {@code timeout}.
     */
    public void scan(
            PatternSpec pattern,
            SearchScope scope,
            SearchFilter filter,
            Duration timeout,
            Predicate<ScannedParagraph> each) {
        jdbc.execute("set local statement_timeout = " + Math.max(1, timeout.toMillis()));
        var sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>();
        var narrowing = TextNarrowing.of(pattern);
        if (narrowing.narrows()) {
            sql.append(" and (");
            List<String> columns = new ArrayList<>();
            if (scope != SearchScope.CORRECTED) {
                columns.add("(" + narrowing.condition("p.source_text") + ")");
                args.addAll(narrowing.fragments());
            }
            if (scope != SearchScope.SOURCE) {
                columns.add("(" + narrowing.condition("p.corrected_text") + ")");
                args.addAll(narrowing.fragments());
            }
            sql.append(String.join(" or ", columns)).append(')');
        }
        appendFilter(filter, sql, args);
        sql.append(" order by p.article_id, p.position");
        jdbc.query(
                sql.toString(),
                (ResultSet rs) -> {
                    while (rs.next()) {
                        if (!each.test(row(rs))) {
                            break;
                        }
                    }
                    return null;
                },
                args.toArray());
    }

    private static void appendFilter(SearchFilter filter, StringBuilder sql, List<Object> args) {
        if (!filter.articleIds().isEmpty()) {
            sql.append(" and p.article_id in (")
                    .append(String.join(
                            ", ", Collections.nCopies(filter.articleIds().size(), "?")))
                    .append(')');
            args.addAll(filter.articleIds());
        }
        if (!filter.paragraphStatuses().isEmpty()) {
            sql.append(" and p.status in (")
                    .append(String.join(
                            ", ", Collections.nCopies(filter.paragraphStatuses().size(), "?")))
                    .append(')');
            filter.paragraphStatuses().forEach(s -> args.add(s.name()));
        }
        if (filter.editedBy() != null) {
            sql.append(" and exists (select 1 from revisions r where r.paragraph_id = p.id and r.author = ?"
                    + " and r.kind <> 'IMPORT')");
            args.add(filter.editedBy());
        }
        if (filter.changedFrom() != null) {
            sql.append(" and p.updated_at >= ?");
            args.add(Timestamp.from(
                    filter.changedFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.changedTo() != null) {
            sql.append(" and p.updated_at < ?");
            args.add(Timestamp.from(
                    filter.changedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.articleStatus() != null) {
            sql.append(" and a.status = ?");
            args.add(filter.articleStatus().name());
        }
    }

    private static ScannedParagraph row(ResultSet rs) throws SQLException {
        return new ScannedParagraph(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                ParagraphStatus.valueOf(rs.getString(5)),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10));
    }
}
