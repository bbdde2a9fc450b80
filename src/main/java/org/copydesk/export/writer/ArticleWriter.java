package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one export format; adding a format means adding one implementation and its test. */
public interface ArticleWriter {

    ExportFormat format();

    /**
     * Writes the article to {@code out}, which it does not close. Article text is always written as text, never
     * as markup: whatever a paragraph holds ({@code <script>}, {@code ]]>}, {@code &}) reads back as itself.
     */
    void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException;
}
