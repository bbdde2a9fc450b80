package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ArticleFormat.HTML;
import static org.copydesk.article.ParagraphKind.BODY;
import static org.copydesk.article.ParagraphKind.BOILERPLATE;
import static org.copydesk.article.reader.TestArticles.accepted;
import static org.copydesk.article.reader.TestArticles.rejected;

import org.junit.jupiter.api.Test;

/** Web pages written by hand the way news sites build them. */
class HtmlArticleReaderTest {

    @Test
    void the_article_element_gives_title_byline_headings_with_levels_and_paragraphs_without_page_chrome_or_asides() {
        ParsedArticle article = accepted("""
                <!DOCTYPE html>
                <html><head><title>Site name | Markets</title><style>p { color: red }</style>
                <script>var tracking = "<p>not text</p>";</script></head>
                <body>
                <nav><p>Home</p><p>World</p></nav>
                <header><h1>Site name</h1></header>
                <article>
                  <h1>Markets   Reopen
                     in Sinuiju</h1>
                  <p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>
                  <p>Traders returned on <b>Monday</b> &amp; prices rose.</p>
                  <aside><p>Related: other story</p></aside>
                  <h2>Prices</h2>
                  <p>Rice cost &ldquo;more&rdquo;&nbsp;&mdash; again.<br>A second line.</p>
                  <script>document.write("<p>injected</p>")</script>
                  <h3>Outlook</h3>
                  <div><p>Nested paragraph.</p></div>
                  <form><p>Subscribe</p></form>
                  <p>The post Markets appeared first on Radio Free Asia.</p>
                </article>
                <footer><p>© Site</p></footer>
                </body></html>
                """, HTML);

        assertThat(article.title()).isEqualTo("Markets Reopen in Sinuiju");
        assertThat(article.byline()).isEqualTo("By Jane Doe");
        assertThat(article.blocks())
                .containsExactly(
                        new ParsedBlock(BODY, "Traders returned on Monday & prices rose."),
                        ParsedBlock.heading("Prices", 2),
                        new ParsedBlock(BODY, "Rice cost “more” — again.\nA second line."),
                        ParsedBlock.heading("Outlook", 3),
                        new ParsedBlock(BODY, "Nested paragraph."),
                        new ParsedBlock(BOILERPLATE, "The post Markets appeared first on Radio Free Asia."));
    }

    @Test
    void without_an_article_element_the_main_element_is_the_content() {
        ParsedArticle article = accepted("""
                <html><body><nav><h1>Menu</h1></nav><div class="promo"><p>Buy now</p></div>
                <main><h1>Main Title</h1><p>By Jane Doe</p><p>Body text.</p></main></body></html>
                """, HTML);
        assertThat(article.title()).isEqualTo("Main Title");
        assertThat(article.byline()).isEqualTo("By Jane Doe");
        assertThat(article.blocks()).containsExactly(new ParsedBlock(BODY, "Body text."));
    }

    @Test
    void without_a_level_one_heading_the_page_title_and_the_author_meta_tag_are_used() {
        ParsedArticle article = accepted("""
                <html><head><title>Page Title</title><meta name="author" content="Sam Writer"></head>
                <body><h2>Section</h2><p>Body text.</p></body></html>
                """, HTML);
        assertThat(article.title()).isEqualTo("Page Title");
        assertThat(article.byline()).isEqualTo("Sam Writer");
        assertThat(article.blocks())
                .containsExactly(ParsedBlock.heading("Section", 2), new ParsedBlock(BODY, "Body text."));
    }

    @Test
    void a_page_without_paragraphs_or_title_is_refused_with_the_reason() {
        assertThat(rejected("<html><body><h1>Only a title</h1></body></html>".getBytes(), HTML)
                        .problem())
                .isEqualTo(ImportProblem.NO_PARAGRAPHS);
        assertThat(rejected("<html><body><div>no blocks</div></body></html>".getBytes(), HTML)
                        .problem())
                .isEqualTo(ImportProblem.NO_TITLE);
    }

    @Test
    void a_binary_file_named_html_is_refused_as_binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThat(rejected(png, HTML).problem()).isEqualTo(ImportProblem.BINARY);
    }
}
