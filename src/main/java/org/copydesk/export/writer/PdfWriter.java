package org.copydesk.export.writer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Clean copy as PDF: the HTML export rendered by openhtmltopdf on PDFBox, on A4 or Letter paper, with DejaVu Serif
 * embedded (subset to the glyphs used), so the text is searchable and copyable and shows the same everywhere.
 * DejaVu covers Latin, Greek, Cyrillic and many symbols; scripts it lacks (CJK) would show as missing glyphs.
 * Title, author, subject and keywords ("DRAFT" for a draft) go into the PDF's document information.
 */
public final class PdfWriter implements ArticleWriter {

    static final String FONT_FAMILY = "DejaVu Serif";

    static {
        // openhtmltopdf logs every stylesheet parse and font load at INFO through java.util.logging.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        String pageStyle = "@page { size: " + options.pageSize().css() + "; }\n"
                + "body, h1, h2, h3, h4, h5, h6, .draft { font-family: '" + FONT_FAMILY + "'; }\n"
                + "body { max-width: none; margin: 0; padding: 0; }\n";
        String html = HtmlWriter.page(article, options, pageStyle);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
        builder.useDefaultPageSize(
                options.pageSize().widthMm(), options.pageSize().heightMm(), PageSizeUnits.MM);
        builder.useFont(() -> font("DejaVuSerif.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSerif-Italic.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.toStream(new NonClosingOutputStream(out));
        builder.run();
    }

    private static InputStream font(String file) {
        InputStream in = PdfWriter.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font " + file + " is missing from the application"));
        }
        return in;
    }
}
