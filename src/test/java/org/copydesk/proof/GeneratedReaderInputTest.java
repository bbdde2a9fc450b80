package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.reader.ArticleReaders;
import org.copydesk.article.reader.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Every reader, fed thousands of generated hostile files (deterministic seeds): each one is read or refused with a
 * reason, never an exception, within a bounded time and a bounded amount of allocated memory. The counts go to
 * {@code target/benchmarks/bad-input-readers.md} for BENCHMARKS.md.
 */
class GeneratedReaderInputTest {

    /** Inputs per kind; cheap kinds get more. About 5,200 files, each read in every format. */
    private static final Map<BadInputs.Kind, Integer> PER_KIND = new EnumMap<>(Map.ofEntries(
            Map.entry(BadInputs.Kind.RANDOM_BYTES, 1_300),
            Map.entry(BadInputs.Kind.INVALID_UTF8, 900),
            Map.entry(BadInputs.Kind.HUGE_LINE, 40),
            Map.entry(BadInputs.Kind.NESTED_MARKDOWN, 120),
            Map.entry(BadInputs.Kind.INVISIBLE_CONTROLS, 700),
            Map.entry(BadInputs.Kind.NUL_BYTES, 300),
            Map.entry(BadInputs.Kind.BLANK_LINES, 100),
            Map.entry(BadInputs.Kind.ZIP_BOMB, 40),
            Map.entry(BadInputs.Kind.MARKUP_SOUP, 500),
            Map.entry(BadInputs.Kind.LINE_ENDINGS, 300),
            Map.entry(BadInputs.Kind.MUTATED_ARTICLE, 700),
            Map.entry(BadInputs.Kind.VALID_ARTICLE, 300)));

    /** The most one reading may allocate (not retain): a 10 MB upload, decoded, normalised and parsed. */
    private static final long MAX_ALLOCATED_BYTES = 512L * 1024 * 1024;

    private static final long MAX_MILLIS = 5_000;

    private final ArticleReaders readers = new ArticleReaders();

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void every_generated_file_is_read_or_refused_in_every_format_without_an_exception_in_bounded_memory()
            throws IOException {
        List<String> failures = new ArrayList<>();
        Map<BadInputs.Kind, int[]> counts = new EnumMap<>(BadInputs.Kind.class); // tried, read, refused
        long maxAllocated = 0;
        long maxMillis = 0;
        int tried = 0;
        int[] validText = new int[2]; // valid articles given to the text readers: tried, read
        for (var perKind : PER_KIND.entrySet()) {
            BadInputs.Kind kind = perKind.getKey();
            int[] count = counts.computeIfAbsent(kind, k -> new int[3]);
            for (long seed = 0; seed < perKind.getValue(); seed++) {
                byte[] input = BadInputs.generate(kind, seed);
                for (ArticleFormat format : ArticleFormat.values()) {
                    tried++;
                    count[0]++;
                    if (kind == BadInputs.Kind.VALID_ARTICLE && isText(format)) {
                        validText[0]++;
                    }
                    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                    long start = System.nanoTime();
                    try {
                        ReadResult result = readers.read(input.clone(), format);
                        switch (result) {
                            case ReadResult.Read read -> {
                                count[1]++;
                                if (kind == BadInputs.Kind.VALID_ARTICLE && isText(format)) {
                                    validText[1]++;
                                }
                                if (read.article().title().isBlank()
                                        || read.article().blocks().isEmpty()) {
                                    failures.add(kind + " seed " + seed + " " + format + ": read without a title or"
                                            + " paragraphs");
                                }
                            }
                            case ReadResult.Rejected rejected -> {
                                count[2]++;
                                if (rejected.message().isBlank()) {
                                    failures.add(kind + " seed " + seed + " " + format + ": refused without a reason");
                                }
                            }
                        }
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        failures.add(kind + " seed " + seed + " " + format + ": " + e);
                    }
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                    maxMillis = Math.max(maxMillis, millis);
                    maxAllocated = Math.max(maxAllocated, allocated);
                    if (millis > MAX_MILLIS || allocated > MAX_ALLOCATED_BYTES) {
                        failures.add(kind + " seed " + seed + " " + format + ": " + millis + " ms, "
                                + allocated / (1024 * 1024) + " MB allocated for " + input.length + " bytes");
                    }
                }
            }
        }
        report(counts, tried, failures.size(), maxAllocated, maxMillis);

        assertThat(tried).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("inputs that broke a reader").isEmpty();
        assertThat(validText[1])
                .as("valid generated articles are read as text and Markdown, so the run gets past the decoder")
                .isEqualTo(validText[0])
                .isPositive();
    }

    /** Plain text and Markdown; a Word or HTML reader rightly refuses a plain-text file. */
    private static boolean isText(ArticleFormat format) {
        return format == ArticleFormat.PLAIN_TEXT || format == ArticleFormat.MARKDOWN;
    }

    private static void report(
            Map<BadInputs.Kind, int[]> counts, int tried, int failed, long maxAllocated, long maxMillis)
            throws IOException {
        var table = new StringBuilder("| kind | tried | read | refused |\n|---|---|---|---|\n");
        counts.forEach((kind, c) -> table.append("| ")
                .append(kind.name().toLowerCase(java.util.Locale.ROOT))
                .append(" | ")
                .append(c[0])
                .append(" | ")
                .append(c[1])
                .append(" | ")
                .append(c[2])
                .append(" |\n"));
        table.append("\nformats: ")
                .append(List.of(ArticleFormat.values()))
                .append("; tried ")
                .append(tried)
                .append(", failed ")
                .append(failed)
                .append(", most allocated by one reading ")
                .append(maxAllocated / (1024 * 1024))
                .append(" MB, slowest reading ")
                .append(maxMillis)
                .append(" ms\n");
        Path out = Path.of("target/benchmarks/bad-input-readers.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
    }
}
