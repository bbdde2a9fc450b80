package org.copydesk.export.writer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs a writer into memory for the tests. */
final class Exports {

    private Exports() {}

    static byte[] bytes(ArticleWriter writer, ExportArticle article, ExportOptions options) {
        var out = new ByteArrayOutputStream();
        try {
            writer.write(article, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] bytes(ArticleWriter writer, ExportArticle article) {
        return bytes(writer, article, ExportOptions.DEFAULT);
    }

    static String text(ArticleWriter writer, ExportArticle article, ExportOptions options) {
        return new String(bytes(writer, article, options), StandardCharsets.UTF_8);
    }

    static String text(ArticleWriter writer, ExportArticle article) {
        return text(writer, article, ExportOptions.DEFAULT);
    }
}
