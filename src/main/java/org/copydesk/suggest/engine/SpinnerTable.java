package org.copydesk.suggest.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviewed table of spinner substitutions, read from {@code suggest/spinner-table.tsv}: one entry a line,
 * {@code spun TAB original TAB confidence TAB evidence TAB note}. The evidence says where the entry comes from
 * (the seed article, the Problematic Paper Screener's tortured phrases, spinner tools' documented swaps, editors'
 * general knowledge); entries whose right reading depends on context are {@code possible}.
 */
public final class SpinnerTable {

    public static final String NAME = "spinner-table";
    public static final String RESOURCE = "/suggest/spinner-table.tsv";

    private static final Map<String, String> EVIDENCE = Map.of(
            "seed", "seen in spun news (seed article)",
            "pps", "tortured phrase (Problematic Paper Screener)",
            "spinner", "documented spinner swap",
            "editor", "editors' knowledge of spun news");

    /** One line of the table. */
    public record Entry(String spun, String original, Confidence confidence, String evidence, String note) {}

    private SpinnerTable() {}

    public static List<Entry> load() {
        InputStream in = SpinnerTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 4 || cells[0].isBlank() || !EVIDENCE.containsKey(cells[3].strip())) {
                throw new IllegalArgumentException("spinner table line " + number + " is malformed: " + line);
            }
            var confidence = Confidence.valueOf(cells[2].strip().toUpperCase(Locale.ROOT));
            entries.add(new Entry(
                    cells[0].strip(),
                    cells[1].strip(),
                    confidence,
                    cells[3].strip(),
                    cells.length > 4 ? cells[4].strip() : ""));
        }
        return List.copyOf(entries);
    }

    /** The table as a suggestion source. */
    public static PhraseSource source(List<Entry> entries) {
        return new PhraseSource(
                NAME,
                entries.stream()
                        .map(e -> new PhraseRule(
                                e.spun(),
                                e.original(),
                                e.confidence(),
                                "Likely spinner wording for “" + e.original() + "” (" + EVIDENCE.get(e.evidence())
                                        + ")"))
                        .toList());
    }
}
