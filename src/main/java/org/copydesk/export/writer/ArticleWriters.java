package org.copydesk.export.writer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every writer, one per format. Writers keep no state, so one instance serves all exports at once. */
public final class ArticleWriters {

    private final Map<ExportFormat, ArticleWriter> writers = new EnumMap<>(ExportFormat.class);

    public ArticleWriters() {
        this(List.of(
                new TxtWriter(),
                new MarkdownWriter(),
                new HtmlWriter(),
                new DocxWriter(),
                new PdfWriter(),
                new XliffWriter(),
                new TmxWriter(),
                new RedlineHtmlWriter(),
                new RedlineDocxWriter()));
    }

    public ArticleWriters(List<ArticleWriter> writers) {
        writers.forEach(writer -> this.writers.put(writer.format(), writer));
        if (this.writers.size() < ExportFormat.values().length) {
            throw new IllegalArgumentException("Every format needs a writer; got " + this.writers.keySet());
        }
    }

    public ArticleWriter of(ExportFormat format) {
        return writers.get(format);
    }
}
