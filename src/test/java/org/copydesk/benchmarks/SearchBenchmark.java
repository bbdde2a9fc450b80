package org.copydesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.matching.PatternSpec;
import org.copydesk.search.service.SearchResult;
import org.copydesk.search.service.SearchService;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search over 100,000 paragraphs (20 articles of 5,000), each figure beside a baseline from the same run: a literal
 * narrowed by the trigram index, the same literal with index scans switched off, a regular expression (which the
 * index cannot narrow) and one database round trip. Not part of ./mvnw verify (the name does not end in Test):
 * {@code ./mvnw test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * Results go to standard output and target/benchmarks/search.md.
 */
@CopydeskContext
@TestPropertySource(properties = "copydesk.search.time-budget=60s")
class SearchBenchmark {

    private static final int ARTICLES = 20;
    private static final int PARAGRAPHS_PER_ARTICLE = 5_000;

    @Autowired
    ArticleImportService importer;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws IOException {
        var random = new Random(11);
        long importStart = System.nanoTime();
        for (int a = 0; a < ARTICLES; a++) {
            byte[] text = article(random, a).getBytes(StandardCharsets.UTF_8);
            var result = AsUser.editor(() -> importer.importArticle(text, ArticleFormat.PLAIN_TEXT));
            assertThat(result).isInstanceOf(ImportResult.Imported.class);
        }
        long paragraphs = jdbc.queryForObject("select count(*) from paragraphs", Long.class);
        System.out.printf(
                Locale.ROOT, "imported %d paragraphs in %.1f s%n", paragraphs, (System.nanoTime() - importStart) / 1e9);
        assertThat(paragraphs).isGreaterThanOrEqualTo((long) ARTICLES * PARAGRAPHS_PER_ARTICLE);
        jdbc.execute("analyze paragraphs");
        jdbc.execute("analyze articles");

        var literal = SearchQuery.everywhere(PatternSpec.literal("informed RFA"));
        var regex = SearchQuery.everywhere(PatternSpec.regex("informed (RFA|them)"));
        var narrowedRegex = SearchQuery.everywhere(PatternSpec.regex("informed ([A-Z]+)"));
        long literalHits = hits(literal);
        long regexHits = hits(regex);
        System.out.println("literal hits " + literalHits + ", regex hits " + regexHits);
        assertThat(literalHits).isPositive();
        assertThat(regexHits).isGreaterThanOrEqualTo(literalHits);

        double[] withIndex = time(30, () -> hits(literal));
        double[] withoutIndex = time(10, () -> withoutIndexScans(() -> hits(literal)));
        double[] regexTimes = time(10, () -> hits(regex));
        double[] narrowedRegexTimes = time(30, () -> hits(narrowedRegex));
        double[] roundTrip = time(30, () -> (long) jdbc.queryForObject("select 1", Integer.class));
        row(
                "literal `informed RFA`, any case, both texts, first page (trigram index)",
                withIndex,
                roundTrip,
                "select 1");
        row("the same literal with index scans off (sequential scan)", withoutIndex, withIndex, "literal with index");
        row(
                "regex `informed (RFA\\|them)` (an alternation: not narrowed, every paragraph checked in Java)",
                regexTimes,
                withIndex,
                "literal with index");
        row(
                "regex `informed ([A-Z]+)` (narrowed by its required text `informed `)",
                narrowedRegexTimes,
                withIndex,
                "literal with index");
        assertThat(hits(narrowedRegex)).isEqualTo(literalHits);
        String plan = String.join(
                "\n",
                jdbc.queryForList(
                        "explain select id from paragraphs where corrected_text ilike '%informed RFA%'"
                                + " or source_text ilike '%informed RFA%'",
                        String.class));
        System.out.println(plan);
        assertThat(plan).contains("_trgm");

        String table =
                "| search over " + paragraphs + " paragraphs | median | p95 | baseline | baseline median | ratio |\n"
                        + "|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println("\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/search.md"), table + "\n" + plan + "\n");
    }

    private long hits(SearchQuery query) {
        var result = AsUser.editor(() -> search.search(query, 0, 50));
        assertThat(result).isInstanceOf(SearchResult.Found.class);
        return ((SearchResult.Found) result).page().hitCount();
    }

    private long withoutIndexScans(Supplier<Long> work) {
        var transaction = new TransactionTemplate(transactions);
        return transaction.execute(tx -> {
            jdbc.execute("set local enable_bitmapscan = off");
            jdbc.execute("set local enable_indexscan = off");
            return work.get();
        });
    }

    private void row(String name, double[] measured, double[] baseline, String baselineName) {
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %.1f ms | %.1f ms | %s | %.2f ms | %.1f× |",
                name,
                percentile(measured, 50),
                percentile(measured, 95),
                baselineName,
                percentile(baseline, 50),
                percentile(measured, 50) / percentile(baseline, 50)));
    }

    private static double[] time(int runs, Supplier<Long> work) {
        int warmup = Math.max(2, runs / 5);
        double[] ms = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            long t0 = System.nanoTime();
            assertThat(work.get()).isNotNull();
            long took = System.nanoTime() - t0;
            if (i >= 0) {
                ms[i] = took / 1e6;
            }
        }
        return ms;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static final String[] WORDS = ("the a federal government official ministry said told reported people"
                    + " border China North Korean workers visit day week month city province police market price"
                    + " rice trade company report news agency sources local residents stranded closed opened"
                    + " across after before during since because while although actually suddenly sibling sister"
                    + " brother family village factory")
            .split(" ");

    /** Spun-news-like paragraphs; about one in 200 says "informed RFA", about one in 200 "informed them". */
    private static String article(Random random, int index) {
        var text = new StringBuilder("Benchmark article " + index + " " + random.nextLong() + "\n\nJane Reporter\n\n");
        for (int p = 0; p < PARAGRAPHS_PER_ARTICLE; p++) {
            int words = 12 + random.nextInt(20);
            var paragraph = new StringBuilder("Paragraph " + p);
            for (int w = 0; w < words; w++) {
                paragraph.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                if (w == words / 2) {
                    int roll = random.nextInt(200);
                    paragraph.append(roll == 0 ? " informed RFA" : roll == 1 ? " informed them" : "");
                }
            }
            text.append(paragraph).append(".\n\n");
        }
        return text.toString();
    }
}
