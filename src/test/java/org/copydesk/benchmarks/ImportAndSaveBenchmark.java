package org.copydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.reader.ArticleReaders;
import org.copydesk.article.reader.ReadResult;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed of the write paths, against the embedded PostgreSQL, each beside a baseline measured in the same run.
 * Not part of ./mvnw verify (the name does not end in Test); run it with:
 * {@code ./mvnw test -Dtest=ImportAndSaveBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * Results go to standard output and target/benchmarks/import-and-save.md.
 */
@CopydeskContext
class ImportAndSaveBenchmark {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    ArticleReaders readers;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_58c0262a177e068d.txt"));
        compare(
                "import the seed article (34 paragraphs)",
                40,
                unique -> importOnce(unique + seed),
                "read it only (decode, check, parse)",
                unique -> readOnce(unique + seed));

        String big = bigArticle(5_000);
        compare(
                "import a 5,000-paragraph article",
                5,
                unique -> importOnce(unique + big),
                "read it only",
                unique -> readOnce(unique + big));

        long articleId = ((ImportResult.Imported) AsUser.editor(() -> importer.importArticle(
                        ("Benchmark detail " + System.nanoTime() + "\n\n" + big).getBytes(StandardCharsets.UTF_8),
                        ArticleFormat.PLAIN_TEXT)))
                .articleId();
        compare(
                "read that article with its 5,000 paragraphs (service)",
                20,
                unique -> AsUser.editor(() -> articles.find(articleId).orElseThrow()),
                "select 1 (one round trip)",
                unique -> jdbc.queryForObject("select 1", Integer.class));

        long paragraphId = AsUser.editor(() -> articles.find(articleId).orElseThrow())
                .paragraphs()
                .getFirst()
                .id();
        int[] revision = {1};
        compare(
                "save a paragraph (lock, check base, revision, update)",
                300,
                unique -> {
                    var saved = (SaveResult.Saved)
                            AsUser.editor(() -> editing.save(paragraphId, "Saved text " + unique, revision[0]));
                    revision[0] = saved.paragraph().revision();
                    return saved;
                },
                "select 1 (one round trip)",
                unique -> jdbc.queryForObject("select 1", Integer.class));

        String table = "| operation | median | p95 | baseline | baseline median | ratio |\n|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        System.out.println("\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/import-and-save.md"), table);
        assertThat(rows).hasSize(4);
    }

    private interface Work {
        Object run(String unique);
    }

    private void compare(String name, int runs, Work work, String baselineName, Work baseline) {
        double[] measured = time(runs, work);
        double[] base = time(runs, baseline);
        double median = percentile(measured, 50), baseMedian = percentile(base, 50);
        rows.add(String.format(
                java.util.Locale.ROOT,
                "| %s | %.2f ms | %.2f ms | %s | %.3f ms | %.1f× |",
                name,
                median,
                percentile(measured, 95),
                baselineName,
                baseMedian,
                median / baseMedian));
    }

    private static double[] time(int runs, Work work) {
        int warmup = Math.max(2, runs / 5);
        double[] ms = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            String unique = "Benchmark run " + System.nanoTime() + " ";
            long t0 = System.nanoTime();
            Object result = work.run(unique);
            long took = System.nanoTime() - t0;
            assertThat(result).isNotNull();
            if (i >= 0) {
                ms[i] = took / 1e6;
            }
        }
        return ms;
    }

    private ImportResult importOnce(String text) {
        ImportResult result = AsUser.editor((Supplier<ImportResult>)
                () -> importer.importArticle(text.getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT));
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return result;
    }

    private ReadResult readOnce(String text) {
        ReadResult result = readers.read(text.getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return result;
    }

    private static String bigArticle(int paragraphs) {
        StringBuilder text = new StringBuilder("A long benchmark article\n\nJane Reporter\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append("Paragraph ")
                    .append(i)
                    .append(
                            " says the federal government informed RFA that the sibling had actually left inChina for a 60- day visit.\n\n");
        }
        return text.toString();
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
