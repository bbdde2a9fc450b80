package org.copydesk.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.export.service.GeneratedArticles;
import org.copydesk.export.writer.ArticleWriters;
import org.copydesk.export.writer.ExportArticle;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;
import org.copydesk.export.writer.ExportParagraph;
import org.junit.jupiter.api.Test;

/**
 * Articles per second for each export format, beside a baseline measured in the same run: writing the same
 * articles' text, unformatted, to the same kind of sink. Not a test (surefire does not pick it up by name); run
 * it with {@code ./mvnw test -Dtest=ExportFormatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Results go
 * to target/benchmarks/export-formats.md.
 */
class ExportFormatsBenchmark {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = 3;

    @Test
    void articles_per_second_per_format() throws IOException {
        var writers = new ArticleWriters();
        List<ExportArticle> articles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            articles.add(GeneratedArticles.article(i, true));
        }
        var report = new StringBuilder("| format | articles/s (median of " + ROUNDS + ") | KiB per file | "
                + "baseline: text unformatted, articles/s | slower than baseline |\n|---|---|---|---|---|\n");
        for (ExportFormat format : ExportFormat.values()) {
            int count = format == ExportFormat.PDF || format == ExportFormat.DOCX || format == ExportFormat.REDLINE_DOCX
                    ? 60
                    : 200;
            List<ExportArticle> sample = articles.subList(0, count);
            var sink = new Sink();
            for (int i = 0; i < WARM_UP; i++) {
                writers.of(format).write(articles.get(i), ExportOptions.DEFAULT, sink);
                unformatted(articles.get(i), sink);
            }
            List<Double> formatted = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            long bytes = 0;
            for (int round = 0; round < ROUNDS; round++) {
                sink.count = 0;
                long start = System.nanoTime();
                for (ExportArticle article : sample) {
                    writers.of(format).write(article, ExportOptions.DEFAULT, sink);
                }
                formatted.add(count / ((System.nanoTime() - start) / 1e9));
                bytes = sink.count;
                start = System.nanoTime();
                for (ExportArticle article : sample) {
                    unformatted(article, sink);
                }
                baseline.add(count / ((System.nanoTime() - start) / 1e9));
            }
            double f = median(formatted);
            double b = median(baseline);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f | %.0f | %.0f× |%n",
                    format.code(),
                    f,
                    bytes / 1024.0 / count,
                    b,
                    b / f));
        }
        Path out = Path.of("target", "benchmarks", "export-formats.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The baseline: the article's words as UTF-8, no markup, no document structure. */
    private static void unformatted(ExportArticle article, OutputStream sink) throws IOException {
        sink.write(article.title().getBytes(StandardCharsets.UTF_8));
        for (ExportParagraph paragraph : article.paragraphs()) {
            sink.write(paragraph.correctedText().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static final class Sink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
