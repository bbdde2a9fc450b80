package org.copydesk.export.service;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.copydesk.export.writer.ArticleWriters;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;

/**
 * Exports N generated articles as one ZIP file, in a JVM of its own (the memory test starts it with -Xmx256m):
 * {@code BatchZipMain <count> <zip file> [format,format,…]}. Prints "articles files bytes seconds peak-heap-MiB".
 */
public final class BatchZipMain {

    private BatchZipMain() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path zip = Path.of(args[1]);
        EnumSet<ExportFormat> formats = args.length > 2
                ? EnumSet.copyOf(Arrays.stream(args[2].split(","))
                        .map(code -> ExportFormat.fromCode(code).orElseThrow())
                        .toList())
                : EnumSet.allOf(ExportFormat.class);
        List<Long> ids = LongStream.rangeClosed(1, count).boxed().toList();
        long start = System.nanoTime();
        BatchSummary summary;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
            summary = new BatchZip(new ArticleWriters())
                    .write(
                            new BatchRequest(ids, formats, ExportOptions.DEFAULT),
                            false,
                            id -> Optional.of(new BatchZip.Loaded(GeneratedArticles.article(id, true), "approved")),
                            out,
                            (done, all) -> {},
                            file -> {});
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "%d %d %d %.1f %d%n",
                summary.articles(),
                summary.files(),
                Files.size(zip),
                seconds,
                peak / (1024 * 1024));
    }
}
