package org.copydesk.export.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * A ZIP of 1,000 generated articles, written in a separate JVM limited to 256 MiB of heap: the batch keeps one
 * article at a time, so the count does not matter. The fast formats run here; BENCHMARKS.md has the same run with
 * every format (PDF and Word included), which takes minutes.
 */
class BatchZipMemoryTest {

    @Test
    void a_thousand_articles_export_as_one_zip_in_a_256_mib_heap() throws Exception {
        Path zip = Files.createDirectories(Path.of("target", "export-memory")).resolve("batch-1000.zip");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx256m",
                        "-Dlogback.configurationFile=src/test/resources/export/logback-quiet.xml",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BatchZipMain.class.getName(),
                        "1000",
                        zip.toString(),
                        "txt,md,html,xliff,tmx,redline-html")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        String[] figures =
                output.lines().reduce((first, second) -> second).orElseThrow().split(" ");
        assertThat(figures[0]).isEqualTo("1000");
        assertThat(figures[1]).isEqualTo("6000");
        assertThat(Integer.parseInt(figures[4])).as("peak heap in MiB").isLessThanOrEqualTo(256);
        try (var entries = new ZipFile(zip.toFile())) {
            assertThat(entries.size()).isEqualTo(6001);
            assertThat(new String(
                                    entries.getInputStream(entries.getEntry("manifest.csv"))
                                            .readAllBytes(),
                                    StandardCharsets.UTF_8)
                            .lines())
                    .hasSize(6001);
        }
    }
}
