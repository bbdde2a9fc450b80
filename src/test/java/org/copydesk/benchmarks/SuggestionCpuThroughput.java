package org.copydesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The JMH benchmark's workloads timed in CPU time of the measuring thread rather than wall-clock time, so the
 * figure means "MB per second of one core" even on a machine shared with other builds. Run with
 * {@code benchmarks/suggestions-jmh.sh --cpu}. Ends with LanguageTool's CPU time per paragraph.
 */
public final class SuggestionCpuThroughput {

    public static void main(String[] args) throws Exception {
        var text = new SuggestionThroughputBenchmark.Text();
        text.load();
        var bench = new SuggestionThroughputBenchmark();
        measure(
                "engine: mechanical + table + learned",
                text,
                t -> bench.engineMechanicalTableAndLearned(t),
                text.text.length());
        measure("mechanical repairs alone", text, t -> bench.mechanicalRepairsAlone(t), text.text.length());
        measure("engine on the 200 KB slice", text, t -> bench.engineOnSlice(t), text.slice.length());
        measure(
                "naive: one regex per phrase, 200 KB slice",
                text,
                t -> bench.naiveOneRegexPerPhraseOnSlice(t),
                200_000);
        languageTool();
    }

    /** LanguageTool's CPU time for one paragraph (it checks on the calling thread), after a warm-up. */
    private static void languageTool() {
        var grammar = new SuggestionThroughputBenchmark.Grammar();
        grammar.start();
        var bench = new SuggestionThroughputBenchmark();
        for (int i = 0; i < 20; i++) {
            bench.languageToolOneParagraph(grammar);
        }
        var threads = ManagementFactory.getThreadMXBean();
        int runs = 50;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            bench.languageToolOneParagraph(grammar);
        }
        System.out.printf(
                Locale.ROOT,
                "%-40s %8.1f ms CPU per paragraph (%d characters; wall %.1f ms)%n",
                "LanguageTool, one paragraph",
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs,
                grammar.paragraph.length(),
                (System.nanoTime() - wall) / 1e6 / runs);
    }

    private static void measure(
            String name,
            SuggestionThroughputBenchmark.Text text,
            ToIntFunction<SuggestionThroughputBenchmark.Text> work,
            int chars) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) {
            work.applyAsInt(text);
        }
        int runs = 3;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.applyAsInt(text);
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9 / runs;
        double wallSeconds = (System.nanoTime() - wall) / 1e9 / runs;
        double mb = chars / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%-40s %8.3f s CPU/op  %8.2f MB per CPU-second  (wall %.2f s/op)%n",
                name,
                cpuSeconds,
                mb / cpuSeconds,
                wallSeconds);
    }
}
