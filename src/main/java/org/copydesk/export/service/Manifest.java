package org.copydesk.export.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch ZIP's {@code manifest.csv}: one row per file (article, status, format, file name, SHA-256, size) and
 * one per article or file left out, with the reason. It is written last, once every file's hash is known; a row
 * is a few hundred bytes, so even the largest batch keeps it small.
 */
final class Manifest {

    static final String FILE_NAME = "manifest.csv";
    private static final String HEADER = "article_id,title,status,format,file,sha256,bytes,note";

    private final List<String> rows = new ArrayList<>();

    void file(long articleId, String title, String status, String format, String file, String sha256, long bytes) {
        rows.add(row(
                String.valueOf(articleId), defused(title), status, format, file, sha256, String.valueOf(bytes), ""));
    }

    void skipped(long articleId, String title, String status, String format, String reason) {
        rows.add(row(String.valueOf(articleId), defused(title), status, format, "", "", "", reason));
    }

    byte[] bytes() {
        return (HEADER + "\n" + String.join("\n", rows) + (rows.isEmpty() ? "" : "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String row(String... cells) {
        List<String> quoted = new ArrayList<>(cells.length);
        for (String cell : cells) {
            quoted.add(cell(cell));
        }
        return String.join(",", quoted);
    }

    /** A title starting with = + - @ gets a leading apostrophe, so a spreadsheet shows it instead of running it. */
    static String defused(String title) {
        return !title.isEmpty() && "=+-@".indexOf(title.charAt(0)) >= 0 ? "'" + title : title;
    }

    /** RFC 4180 quoting. */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
