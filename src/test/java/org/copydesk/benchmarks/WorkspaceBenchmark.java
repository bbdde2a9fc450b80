package org.copydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphFilter;
import org.copydesk.article.service.ParagraphQueryService;
import org.copydesk.base.postgres.SharedEmbeddedPostgres;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Save latency with 20 editors saving at once over the REST API, beside a bare JDBC insert and commit of one row by
 * 20 threads in the same run. Not part of ./mvnw verify; run it with:
 * {@code ./mvnw test -Dtest=WorkspaceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * Results go to standard output and target/benchmarks/workspace.md. The test profile runs PostgreSQL without fsync;
 * add {@code -Dcopydesk.database.embedded.durable=true} for the app's durable settings.
 */
@CopydeskContext
class WorkspaceBenchmark {

    private static final int EDITORS = 20;
    private static final int SAVES_EACH = 25;

    @LocalServerPort
    int port;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ParagraphQueryService paragraphs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SharedEmbeddedPostgres.Lease embedded;

    @Test
    void measure() throws Exception {
        var api = new Api(port);
        String token = "Bearer "
                + api.post("/api/v1/tokens", Api.basic("editor"), "application/json", "{\"name\":\"bench\"}".getBytes())
                        .json()
                        .get("token")
                        .asString();
        long articleId = ((ImportResult.Imported) AsUser.editor(() -> importer.importArticle(
                        Articles.article("Concurrent saves").paragraphs(EDITORS).bytes(), ArticleFormat.PLAIN_TEXT)))
                .articleId();
        var rows =
                AsUser.editor(() -> paragraphs.window(articleId, paragraphs.positions(articleId, ParagraphFilter.ALL)));

        // The application's role may not create tables (least privilege): the owner creates the baseline's table.
        String appRole = jdbc.queryForObject("select current_user", String.class);
        var owner = OwnerDatabase.jdbc(embedded);
        owner.execute("create table if not exists bench_rows (id bigserial primary key, text text not null)");
        owner.execute("grant select, insert on bench_rows to " + appRole);
        owner.execute("grant usage on sequence bench_rows_id_seq to " + appRole);
        concurrently(5, editor -> jdbc.update("insert into bench_rows (text) values (?)", "warm-up " + editor));
        double[] baseline = concurrently(
                SAVES_EACH, editor -> jdbc.update("insert into bench_rows (text) values (?)", "row of " + editor));

        var busy = new java.util.concurrent.atomic.AtomicInteger();
        int[] revisions = new int[EDITORS];
        Arrays.fill(revisions, 1);
        double[] saves = concurrently(SAVES_EACH, editor -> {
            var row = rows.get(editor);
            var response = api.put(
                    "/api/v1/paragraphs/" + row.id(),
                    token,
                    "{\"text\":\"Saved " + System.nanoTime() + "\",\"baseRevision\":" + revisions[editor] + "}");
            if (response.status() == 503) {
                busy.incrementAndGet(); // no connection within the pool's timeout: "try again", nothing saved
                return;
            }
            if (response.status() != 200) {
                throw new IllegalStateException("save answered " + response.status() + ": " + response.body());
            }
            revisions[editor] = response.json().get("revision").asInt();
        });

        String table = "| operation (20 at once) | p50 | p95 | requests |\n|---|---|---|---|\n"
                + line("save a paragraph over REST (PUT /api/v1/paragraphs/{id}, API token)", saves)
                + line("baseline: bare JDBC insert + commit of one row", baseline)
                + String.format(Locale.ROOT, "%nsaves answered 503 (busy, retry): %d of %d; ", busy.get(), saves.length)
                + "fsync=" + jdbc.queryForObject("show fsync", String.class) + "%n".formatted();
        System.out.println("\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/workspace.md"), table);
        assertThat(saves).hasSize(EDITORS * SAVES_EACH);
    }

    private interface Work {
        void run(int editor) throws Exception;
    }

    /** Runs {@code work} {@code times} times on each of 20 threads, started together; every latency in ms. */
    private static double[] concurrently(int times, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        var start = new CountDownLatch(1);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int e = 0; e < EDITORS; e++) {
                int editor = e;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < times; i++) {
                        long t0 = System.nanoTime();
                        work.run(editor);
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static String line(String name, double[] sorted) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f ms | %.1f ms | %d |%n",
                name,
                sorted[(int) (sorted.length * 0.50)],
                sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.95))],
                sorted.length);
    }
}
