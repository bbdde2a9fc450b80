package org.copydesk.article.reader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Word (.docx) file with Apache POI. A paragraph in a Word heading style ("heading 1" to "heading 6"; 7 to 9
 * count as 6) is a heading of that level, any other paragraph with text is body. The title is the paragraph in the
 * Title style, failing that the first level-1 heading, the title document property, the first heading, or the
 * first line of the first paragraph. A Subtitle-styled or "By …" paragraph right after the title is the byline.
 * The ZIP container is checked for zip bombs before POI opens it; any fault becomes a specific refusal.
 */
public final class DocxArticleReader implements DocumentReader {

    /** How far the unpacked parts may exceed the upload limit: Word's XML compresses about ten to one. */
    static final int EXPANSION_ALLOWANCE = 10;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Pattern HEADING_STYLE = Pattern.compile("heading ?([1-9])");

    private final ImportLimits limits;
    private final ZipBombGuard guard;

    public DocxArticleReader(ImportLimits limits) {
        this.limits = limits;
        this.guard = new ZipBombGuard((long) limits.maxBytes() * EXPANSION_ALLOWANCE);
    }

    @Override
    public ArticleFormat format() {
        return ArticleFormat.DOCX;
    }

    @Override
    public ReadResult read(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            return unreadable(
                    "The file is an old Word document (.doc) or encrypted; save it as .docx and upload that.");
        }
        if (!startsWith(bytes, ZIP)) {
            return unreadable("The file is not a Word (.docx) document; a .docx file is a ZIP container, this is not.");
        }
        Optional<ReadResult.Rejected> bomb = guard.problemWith(bytes);
        if (bomb.isPresent()) {
            return bomb.get();
        }
        ParsedArticle article;
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            article = read(document);
        } catch (Exception e) {
            // POI reports a broken part in many ways (IOException, POIXMLException, XmlException wrapped at runtime).
            return unreadable("The Word file cannot be read: it is damaged or not a Word document ("
                    + e.getClass().getSimpleName() + ").");
        }
        String text = DocumentText.asText(article);
        Optional<ReadResult.Rejected> tooLong = TextNormaliser.firstLineTooLong(text, limits.maxLineLength());
        return tooLong.<ReadResult>map(rejected -> rejected).orElseGet(() -> new ReadResult.Read(article, text));
    }

    private static ParsedArticle read(XWPFDocument document) {
        List<Block> blocks = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = DocumentText.clean(paragraph.getText());
                if (!text.isEmpty()) {
                    blocks.add(new Block(text, styleName(document, paragraph)));
                }
            }
        }
        int titleAt = indexOfTitle(blocks);
        String title;
        if (titleAt >= 0) {
            title = blocks.remove(titleAt).text().replace('\n', ' ');
        } else {
            String property = DocumentText.blankToNull(
                    document.getProperties().getCoreProperties().getTitle());
            if (property != null) {
                title = property;
                titleAt = 0;
            } else if (!blocks.isEmpty()) {
                Block first = blocks.removeFirst();
                int endOfLine = first.text().indexOf('\n');
                title = endOfLine < 0
                        ? first.text()
                        : first.text().substring(0, endOfLine).strip();
                if (endOfLine >= 0) {
                    blocks.addFirst(
                            new Block(first.text().substring(endOfLine + 1).strip(), first.style()));
                }
                titleAt = 0;
            } else {
                title = "";
            }
        }
        @Nullable String byline = null;
        if (titleAt >= 0 && titleAt < blocks.size()) {
            Block next = blocks.get(titleAt);
            if (next.style().equals("subtitle") || (next.level() == 0 && Bylines.isByCredit(next.text()))) {
                byline = blocks.remove(titleAt).text().replace('\n', ' ');
            }
        }
        List<ParsedBlock> parsed = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            parsed.add(
                    block.level() == 0
                            ? new ParsedBlock(ParagraphKind.BODY, block.text())
                            : ParsedBlock.heading(block.text(), block.level()));
        }
        return new ParsedArticle(title, byline, DocumentText.markFooter(parsed));
    }

    private static int indexOfTitle(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).style().equals("title")) {
                return i;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).level() == 1) {
                return i;
            }
        }
        return -1;
    }

    /** The style's name in lower case ("heading 1", "title"), or its id when the document does not define it. */
    private static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyle();
        if (id == null) {
            return "";
        }
        XWPFStyle style =
                document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ReadResult unreadable(String message) {
        return new ReadResult.Rejected(ImportProblem.UNREADABLE, message);
    }

    private record Block(String text, String style) {
        int level() {
            Matcher heading = HEADING_STYLE.matcher(style);
            return heading.matches() ? Math.min(6, Integer.parseInt(heading.group(1))) : 0;
        }
    }
}
