package org.copydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import throughput: 10,000 generated articles of 20 paragraphs through {@link ArticleImportService} (read, parse,
 * store article, paragraphs and import revisions, events; one transaction each, one after another), beside raw
 * INSERTs of the same data rows in the same run: JDBC batches with one transaction per article (as many commits as
 * the service), and one COPY per table for all of them. Not part of ./mvnw verify; run it with
 * {@code ./mvnw test -Dtest=ImportThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcopydesk.database.embedded.durable=true} (durable: fsync on, as the app runs; without that property the test
 * profile turns fsync off). {@code -Dbenchmark.articles=N} changes the count. Results go to standard output and
 * target/benchmarks/import-throughput.md.
 */
@CopydeskContext
class ImportThroughputBenchmark {

    static final int ARTICLES = Integer.getInteger("benchmark.articles", 10_000);
    static final int PARAGRAPHS = 20;
    static final int WARM_UP = 200;
    static final long BATCH_IDS = 900_000_000L;
    static final long COPY_IDS = 950_000_000L;

    @Autowired
    ArticleImportService importer;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() throws Exception {
        String settings = "fsync=" + jdbc.queryForObject("show fsync", String.class) + ", synchronous_commit="
                + jdbc.queryForObject("show synchronous_commit", String.class);
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < WARM_UP; i++) {
            importOne("Warm-up " + run + " " + i);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < ARTICLES; i++) {
            importOne("Import throughput " + run + " " + i);
        }
        double service = (System.nanoTime() - t0) / 1e9;

        List<String> texts = Articles.article("x")
                .paragraphs(PARAGRAPHS)
                .text()
                .lines()
                .filter(line -> line.startsWith("Paragraph number"))
                .toList();
        double batch;
        double copy;
        try (Connection connection = dataSource.getConnection()) {
            long t1 = System.nanoTime();
            insertBatches(connection, texts, run);
            batch = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            copyAll(connection, texts, run);
            copy = (System.nanoTime() - t2) / 1e9;
        }
        long stored = jdbc.queryForObject(
                "select count(*) from paragraphs p join articles a on a.id = p.article_id where a.title like ?",
                Long.class,
                "% " + run + " %");
        assertThat(stored).isEqualTo((3L * ARTICLES + WARM_UP) * PARAGRAPHS);

        String table = String.format(
                Locale.ROOT,
                "%,d articles of %d paragraphs (%,d paragraph and %,d revision rows each way); %s%n%n"
                        + "| how | seconds | articles/s | slower than COPY |%n|---|---|---|---|%n"
                        + "| import service (read, parse, store, events; one transaction per article) | %.1f | %,.0f |"
                        + " %.1f× |%n"
                        + "| raw JDBC batch INSERTs of the same rows, one transaction per article | %.1f | %,.0f |"
                        + " %.1f× |%n"
                        + "| raw COPY of the same rows, one per table | %.1f | %,.0f | 1× |%n",
                ARTICLES,
                PARAGRAPHS,
                ARTICLES * PARAGRAPHS,
                ARTICLES * PARAGRAPHS,
                settings,
                service,
                ARTICLES / service,
                service / copy,
                batch,
                ARTICLES / batch,
                batch / copy,
                copy,
                ARTICLES / copy);
        System.out.println("\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/import-throughput.md"), table);
    }

    private void importOne(String title) {
        var result = AsUser.editor(() -> importer.importArticle(
                Articles.article(title).paragraphs(PARAGRAPHS).bytes(), ArticleFormat.PLAIN_TEXT));
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
    }

    /** The article, its paragraphs and their import revisions, as the service stores them; commit per article. */
    private static void insertBatches(Connection connection, List<String> texts, String run) throws SQLException {
        connection.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement article = connection.prepareStatement("""
                        insert into articles (id, title, byline, format, content_hash, imported_by, imported_at,
                            paragraph_count, untouched_count, work_count, work_untouched_count, status,
                            last_activity_at)
                        values (?, ?, 'Jane Reporter', 'PLAIN_TEXT', md5(?), 'editor', ?, ?, ?, ?, ?, 'NEW', ?)""");
                PreparedStatement paragraph = connection.prepareStatement("""
                        insert into paragraphs (id, article_id, position, kind, source_text, corrected_text, status,
                            revision, updated_at, updated_by)
                        values (?, ?, ?, 'BODY', ?, ?, 'UNTOUCHED', 1, ?, 'editor')""");
                PreparedStatement revision = connection.prepareStatement("""
                        insert into revisions (id, paragraph_id, number, text, author, created_at, kind)
                        values (?, ?, 1, ?, 'editor', ?, 'IMPORT')""")) {
            for (int i = 0; i < ARTICLES; i++) {
                long articleId = BATCH_IDS + i;
                String title = "Raw batch " + run + " " + i;
                article.setLong(1, articleId);
                article.setString(2, title);
                article.setString(3, title);
                article.setTimestamp(4, now);
                for (int column = 5; column <= 8; column++) {
                    article.setInt(column, PARAGRAPHS);
                }
                article.setTimestamp(9, now);
                article.executeUpdate();
                for (int p = 0; p < PARAGRAPHS; p++) {
                    long id = articleId * 100 + p;
                    paragraph.setLong(1, id);
                    paragraph.setLong(2, articleId);
                    paragraph.setInt(3, p);
                    paragraph.setString(4, texts.get(p));
                    paragraph.setString(5, texts.get(p));
                    paragraph.setTimestamp(6, now);
                    paragraph.addBatch();
                    revision.setLong(1, id);
                    revision.setLong(2, id);
                    revision.setString(3, texts.get(p));
                    revision.setTimestamp(4, now);
                    revision.addBatch();
                }
                paragraph.executeBatch();
                revision.executeBatch();
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The same rows for every article at once, one COPY per table, one transaction. */
    private static void copyAll(Connection connection, List<String> texts, String run) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String now = Instant.now().toString();
        var articles = new StringBuilder();
        var paragraphs = new StringBuilder();
        var revisions = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            long articleId = COPY_IDS + i;
            String title = "Raw copy " + run + " " + i;
            articles.append(articleId)
                    .append('\t')
                    .append(title)
                    .append("\tJane Reporter\tPLAIN_TEXT\t")
                    .append(md5(title))
                    .append("\teditor\t")
                    .append(now)
                    .append('\t')
                    .append(PARAGRAPHS)
                    .append('\t')
                    .append(PARAGRAPHS)
                    .append('\t')
                    .append(PARAGRAPHS)
                    .append('\t')
                    .append(PARAGRAPHS)
                    .append("\tNEW\t")
                    .append(now)
                    .append('\n');
            for (int p = 0; p < PARAGRAPHS; p++) {
                long id = articleId * 100 + p;
                paragraphs
                        .append(id)
                        .append('\t')
                        .append(articleId)
                        .append('\t')
                        .append(p)
                        .append("\tBODY\t")
                        .append(texts.get(p))
                        .append('\t')
                        .append(texts.get(p))
                        .append("\tUNTOUCHED\t1\t")
                        .append(now)
                        .append("\teditor\n");
                revisions
                        .append(id)
                        .append('\t')
                        .append(id)
                        .append("\t1\t")
                        .append(texts.get(p))
                        .append("\teditor\t")
                        .append(now)
                        .append("\tIMPORT\n");
            }
        }
        connection.setAutoCommit(false);
        try {
            copy.copyIn(
                    "copy articles (id, title, byline, format, content_hash, imported_by, imported_at,"
                            + " paragraph_count, untouched_count, work_count, work_untouched_count, status,"
                            + " last_activity_at) from stdin",
                    new StringReader(articles.toString()));
            copy.copyIn(
                    "copy paragraphs (id, article_id, position, kind, source_text, corrected_text, status, revision,"
                            + " updated_at, updated_by) from stdin",
                    new StringReader(paragraphs.toString()));
            copy.copyIn(
                    "copy revisions (id, paragraph_id, number, text, author, created_at, kind) from stdin",
                    new StringReader(revisions.toString()));
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String md5(String text) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("MD5")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
