package org.copydesk.article.reader;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a web page with jsoup: the content of its {@code <article>} (failing that {@code <main>}, failing that the
 * body), headings {@code h1}–{@code h6} with their level and {@code p} paragraphs, in document order. Scripts,
 * styles, navigation, forms and the like are dropped. The first {@code h1} is the title (failing that the page's
 * {@code <title>}); a {@code .byline} or {@code [rel=author]} element, the author meta tag, or a "By …" paragraph
 * under the title is the byline. Text is taken as a browser shows it: whitespace collapsed, {@code <br>} a line
 * break, entities decoded.
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, "
            + "aside, form, button, select, textarea, dialog, [hidden], [aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p";
    private static final String BYLINE = ".byline, [rel=author], .author";
    // A private-use character stands for <br> while jsoup collapses whitespace, then becomes a newline.
    private static final String LINE_BREAK = "\uE000";

    @Override
    public ArticleFormat format() {
        return ArticleFormat.HTML;
    }

    @Override
    public ParsedArticle read(String text) {
        Document page = Jsoup.parse(text);
        page.select(DROPPED).remove();
        page.select("br").forEach(br -> br.replaceWith(new TextNode(LINE_BREAK)));
        Element root = content(page);
        @Nullable Element bylineElement = root.selectFirst(BYLINE);
        @Nullable String byline = bylineElement == null ? null : DocumentText.blankToNull(textOf(bylineElement));
        if (byline == null) {
            Element author = page.selectFirst("meta[name=author]");
            byline = author == null ? null : DocumentText.blankToNull(author.attr("content"));
        }
        String title = "";
        List<ParsedBlock> blocks = new ArrayList<>();
        boolean bylineTaken = bylineElement != null;
        for (Element element : root.select(BLOCKS)) {
            if (bylineElement != null
                    && (element == bylineElement || element.parents().contains(bylineElement))) {
                continue;
            }
            String blockText = textOf(element);
            if (blockText.isEmpty()) {
                continue;
            }
            int level = headingLevel(element);
            if (title.isEmpty() && level == 1) {
                title = blockText.replace('\n', ' ');
            } else if (!bylineTaken && level == 0 && blocks.isEmpty() && Bylines.isByCredit(blockText)) {
                byline = byline == null ? blockText : byline;
                bylineTaken = true;
            } else {
                blocks.add(
                        level == 0
                                ? new ParsedBlock(ParagraphKind.BODY, blockText)
                                : ParsedBlock.heading(blockText, level));
            }
        }
        if (title.isEmpty()) {
            title = DocumentText.clean(page.title());
        }
        if (title.isEmpty() && !blocks.isEmpty() && blocks.getFirst().kind() == ParagraphKind.HEADING) {
            title = blocks.removeFirst().text().replace('\n', ' ');
        }
        return new ParsedArticle(title, byline, DocumentText.markFooter(blocks));
    }

    private static Element content(Document page) {
        Element article = page.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = page.selectFirst("main");
        return main != null ? main : page.body();
    }

    private static int headingLevel(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' ? name.charAt(1) - '0' : 0;
    }

    private static String textOf(Element element) {
        String text = element.text().replace(" " + LINE_BREAK, LINE_BREAK).replace(LINE_BREAK + " ", LINE_BREAK);
        return DocumentText.clean(text.replace(LINE_BREAK, "\n"));
    }
}
