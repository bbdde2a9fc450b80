package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean copy as plain UTF-8 text in the layout Copydesk imports: the title on the first line, the byline under it,
 * then paragraphs and headings separated by blank lines. A draft starts with a line that says so.
 */
public final class TxtWriter implements ArticleWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.TXT;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        List<String> blocks = new ArrayList<>();
        if (article.draft()) {
            blocks.add(Wording.DRAFT);
        }
        blocks.add(article.byline() == null ? article.title() : article.title() + "\n" + article.byline());
        article.cleanCopy(options).forEach(paragraph -> blocks.add(paragraph.correctedText()));
        out.write((String.join("\n\n", blocks) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
