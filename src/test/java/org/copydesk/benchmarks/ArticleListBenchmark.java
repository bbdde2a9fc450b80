package org.copydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.copydesk.base.postgres.SharedEmbeddedPostgres;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The article list at 100,000 articles and 5 million paragraphs (50 per article; set
 * {@code -Dbenchmark.paragraphs-per-article=3} for the earlier 300,000): page 0 and page 1,000 over real HTTP, with
 * an API token and with HTTP Basic (bcrypt on every request), and filtered pages (status, title) with their sort,
 * each beside the same SQL without its indexes and the first two beside the walking skeleton's way of listing (a
 * group by over the page's paragraphs and two counts), all in one run. Not part of ./mvnw verify; run it with:
 * {@code ./mvnw test -Dtest=ArticleListBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * Results go to standard output and target/benchmarks/article-list.md.
 */
@CopydeskContext
class ArticleListBenchmark {

    static final int ARTICLES = 100_000;
    static final int PARAGRAPHS_PER_ARTICLE = Integer.getInteger("benchmark.paragraphs-per-article", 50);
    static final long FIRST_ID = 50_000_000L;

    /** What ArticleQueryService.list sends for the default order. */
    static final String LIST_SQL = """
            with page as (select id from articles order by last_activity_at desc, id desc offset ? limit 50)
            select a.id, a.title, a.status, a.paragraph_count,
                   a.edited_count + a.submitted_count + a.changes_requested_count,
                   a.approved_count, a.untouched_count, a.last_activity_at
            from page join articles a on a.id = page.id order by a.last_activity_at desc, a.id desc""";

    /** What ArticleQueryService.list sends for a status filter in the default order (first parameter: status). */
    static final String STATUS_SQL = LIST_SQL.replace("from articles order", "from articles where status = ? order");

    /** What ArticleQueryService.list sends for a title filter sorted by title (first parameter: the pattern). */
    static final String TITLE_SQL = """
            with page as (select id from articles where lower(title) like ? escape '\\'
                          order by lower(title), id offset ? limit 50)
            select a.id, a.title, a.status, a.paragraph_count,
                   a.edited_count + a.submitted_count + a.changes_requested_count,
                   a.approved_count, a.untouched_count, a.last_activity_at
            from page join articles a on a.id = page.id order by lower(a.title), a.id""";

    /** The REST page's exact total as ArticleQueryService.count sent it before V95 (and still with a title filter). */
    static final String COUNT_SQL = "select count(*) from articles";

    /** The same total as ArticleQueryService.count reads it now, from the counts the triggers keep (V95). */
    static final String COUNTS_SQL = "select coalesce(sum(articles), 0) from article_counts";

    static final String SKELETON_PAGE_SQL = "select * from articles order by id desc offset ? limit 50";
    static final String SKELETON_COUNTS_SQL = """
            select article_id, kind, status, count(*), max(updated_at) from paragraphs
            where article_id in (select id from articles order by id desc offset ? limit 50)
            group by article_id, kind, status""";

    @LocalServerPort
    int port;

    @Autowired
    SharedEmbeddedPostgres.Lease embedded;

    @Autowired
    ApiTokenService tokens;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        try (Connection owner = ownerConnection()) {
            generate(owner);
            var api = new Api(port);
            String token = api.post(
                            "/api/v1/tokens",
                            Api.basic("editor"),
                            "application/json",
                            "{\"name\":\"list benchmark\"}".getBytes(StandardCharsets.UTF_8))
                    .json()
                    .get("token")
                    .asString();
            for (int page : new int[] {0, 1_000}) {
                String path = "/api/v1/articles?size=50&page=" + page;
                row("GET " + path + ", bearer token", http(api, path, Api.bearer(token), 200));
                row("GET " + path + ", HTTP Basic (bcrypt each request)", http(api, path, Api.basic("editor"), 30));
                long offset = page * 50L;
                row("the list's SQL alone, page " + page, sql(owner, LIST_SQL, 200, offset));
                if (page == 0) {
                    // No generated article is in review: the list and its total find nothing along their indexes.
                    String empty = "/api/v1/articles?size=50&status=in_review";
                    row(
                            "GET " + empty + ", bearer token (the request's floor: an empty page)",
                            http(api, empty, Api.bearer(token), 200));
                    row("the page's exact total alone (count(*) of every article)", sql(owner, COUNT_SQL, 200));
                    row(
                            "the page's exact total as the service reads it (the per-status counts)",
                            sql(owner, COUNTS_SQL, 200));
                    row(
                            "the bearer token's check alone (service call)",
                            Timing.of(200, () -> tokens.authenticate(token)));
                }
                row("the list's SQL without its indexes, page " + page, withoutIndexes(owner, LIST_SQL, offset));
                row(
                        "the skeleton's page + group by + 2 counts, page " + page,
                        sql(owner, SKELETON_PAGE_SQL, 50, offset)
                                .plus(sql(owner, SKELETON_COUNTS_SQL, 50, offset))
                                .plus(sql(owner, "select count(*) from articles where ? >= 0", 50, 0))
                                .plus(sql(owner, "select count(*) from articles where ? >= 0", 50, 0)));
            }
            for (int page : new int[] {0, 100}) {
                String path = "/api/v1/articles?size=50&status=in_progress&page=" + page;
                row("GET " + path + ", bearer token", http(api, path, Api.bearer(token), 200));
                row(
                        "status filter: the list's SQL alone, page " + page,
                        sql(owner, STATUS_SQL, 200, "IN_PROGRESS", page * 50L));
                if (page == 0) {
                    row(
                            "status filter: the page's exact total alone",
                            sql(owner, COUNT_SQL + " where status = ?", 200, "IN_PROGRESS"));
                }
                row(
                        "status filter: the same SQL without its indexes, page " + page,
                        withoutIndexes(owner, STATUS_SQL, "IN_PROGRESS", page * 50L));
            }
            String path = "/api/v1/articles?size=50&q=article%204242&sort=title&page=0";
            row("GET " + path + ", bearer token", http(api, path, Api.bearer(token), 200));
            row("title filter + title sort: the list's SQL alone", sql(owner, TITLE_SQL, 200, "%article 4242%", 0L));
            row(
                    "title filter + title sort: the same SQL without its indexes",
                    withoutIndexes(owner, TITLE_SQL, "%article 4242%", 0L));
        }
        String table = String.format(
                        Locale.ROOT,
                        "| what (%,d articles, %,d paragraphs) | median | p95 |%n|---|---|---|%n",
                        ARTICLES,
                        ARTICLES * PARAGRAPHS_PER_ARTICLE)
                + String.join("\n", rows) + "\n";
        System.out.println("\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/article-list.md"), table);
        assertThat(rows).hasSize(24);
    }

    /** Migrations and this benchmark's DDL run as the schema owner; the application's own role may not drop. */
    private Connection ownerConnection() throws SQLException {
        var server = embedded.server();
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
    }

    private static void generate(Connection owner) throws SQLException {
        try (var statement = owner.createStatement()) {
            // Search's trigram indexes on paragraph texts play no part in the list; building them over 5 million
            // generated paragraphs would take most of the run, so this throw-away database goes without them.
            statement.execute("drop index if exists paragraphs_source_text_trgm");
            statement.execute("drop index if exists paragraphs_corrected_text_trgm");
            long t0 = System.nanoTime();
            statement.execute("""
                    insert into articles (id, title, byline, format, content_hash, imported_by, imported_at,
                        paragraph_count, untouched_count, edited_count, approved_count, work_count,
                        work_untouched_count, work_approved_count, status, last_activity_at)
                    select %d + n, 'Generated article ' || n, 'Jane Reporter', 'PLAIN_TEXT', md5('list' || n),
                        'editor', now() - interval '1 day',
                        3, 3 - (n %% 4), case when n %% 4 between 1 and 2 then n %% 4 else 0 end,
                        case when n %% 4 = 3 then 3 else 0 end, 3,
                        3 - (n %% 4), case when n %% 4 = 3 then 3 else 0 end,
                        case n %% 4 when 0 then 'NEW' when 3 then 'APPROVED' else 'IN_PROGRESS' end,
                        now() - make_interval(secs => random() * 86400 * 30)
                    from generate_series(1, %d) n""".formatted(FIRST_ID, ARTICLES));
            statement.execute(
                    """
                    insert into paragraphs (id, article_id, position, kind, source_text, corrected_text, status,
                        revision, updated_at, updated_by)
                    select %d + n * %d + p, %d + n, p, 'BODY', 'Paragraph ' || p || ' of article ' || n,
                        'Paragraph ' || p || ' of article ' || n, 'UNTOUCHED', 1, now() - interval '1 day', 'editor'
                    from generate_series(1, %d) n, generate_series(0, %d) p""".formatted(FIRST_ID, PARAGRAPHS_PER_ARTICLE, FIRST_ID, ARTICLES, PARAGRAPHS_PER_ARTICLE - 1));
            // What autovacuum does on a live database; it also marks the pages all-visible for index-only scans.
            statement.execute("vacuum analyze articles");
            statement.execute("vacuum analyze paragraphs");
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d articles and %,d paragraphs, vacuum analyze included, in %.1f s%n",
                    ARTICLES,
                    ARTICLES * PARAGRAPHS_PER_ARTICLE,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private Timing http(Api api, String path, String authorization, int runs) {
        return Timing.of(
                runs, () -> assertThat(api.get(path, authorization).status()).isEqualTo(200));
    }

    private static Timing sql(Connection connection, String sql, int runs, Object... parameters) {
        return Timing.of(runs, () -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        result.getObject(1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The same SQL with the list's indexes dropped inside a transaction that is rolled back afterwards. */
    private static Timing withoutIndexes(Connection owner, String sql, Object... parameters) throws SQLException {
        owner.setAutoCommit(false);
        try (var statement = owner.createStatement()) {
            statement.execute("drop index articles_by_activity");
            statement.execute("drop index articles_by_status_and_activity");
            statement.execute("drop index articles_title_trigram");
            return sql(owner, sql, 30, parameters);
        } finally {
            owner.rollback();
            owner.setAutoCommit(true);
        }
    }

    private void row(String what, Timing timing) {
        rows.add(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms |", what, timing.median(), timing.p95()));
    }

    private record Timing(double[] ms) {

        static Timing of(int runs, Runnable work) {
            for (int i = 0; i < Math.max(3, runs / 5); i++) {
                work.run();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                work.run();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            return new Timing(ms);
        }

        /** Two timings added run by run (their medians add up closely enough for a sequence of queries). */
        Timing plus(Timing other) {
            double[] sum = new double[ms.length];
            for (int i = 0; i < ms.length; i++) {
                sum[i] = ms[i] + other.ms[i];
            }
            return new Timing(sum);
        }

        double median() {
            return ms[ms.length / 2];
        }

        double p95() {
            return ms[Math.min(ms.length - 1, (int) Math.ceil(0.95 * ms.length) - 1)];
        }
    }
}
