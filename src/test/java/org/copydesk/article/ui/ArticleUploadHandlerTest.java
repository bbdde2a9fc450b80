package org.copydesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.copydesk.test_support.Articles.article;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.article.reader.ImportProblem;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.article.service.UploadLimit;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/** The UI's upload reads no more than the article size limit while the file streams in, like the REST API. */
@CopydeskContext
class ArticleUploadHandlerTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Test
    void a_60_mb_upload_is_refused_after_reading_just_over_the_limit() throws Exception {
        var handler = handler();
        var endless = new CountingStream(60L * 1024 * 1024);

        ImportResult result = AsUser.editor(() -> importFrom(handler, "huge.txt", endless));

        assertThat(result)
                .isInstanceOfSatisfying(
                        ImportResult.Rejected.class,
                        r -> assertThat(r.problem()).isEqualTo(ImportProblem.TOO_LARGE));
        assertThat(endless.read).isLessThanOrEqualTo(10L * 1024 * 1024 + 1);
    }

    @Test
    void a_file_within_the_limit_is_imported_and_one_of_another_kind_is_refused_by_name() {
        var handler = handler();
        var text = article("Uploaded in the UI").paragraphs(2);

        ImportResult imported =
                AsUser.editor(() -> importFrom(handler, "story.txt", new ByteArrayInputStream(text.bytes())));
        ImportResult pdf =
                AsUser.editor(() -> importFrom(handler, "story.pdf", new ByteArrayInputStream(text.bytes())));

        assertThat(imported).isInstanceOf(ImportResult.Imported.class);
        assertThat(pdf)
                .isInstanceOfSatisfying(
                        ImportResult.Rejected.class,
                        r -> assertThat(r.message()).isEqualTo("not for story.pdf"));
    }

    @Test
    void word_and_web_page_files_are_imported_from_the_list_screen_with_their_headings() throws Exception {
        var handler = handler();
        byte[] docx =
                article("Word in the UI").paragraph("A paragraph from Word.").wordFile();
        String page = "<html><body><nav>Menu</nav><article><h1>Page in the UI " + System.nanoTime()
                + "</h1><h3>Part</h3><p>From the web.</p></article></body></html>";

        ImportResult word = AsUser.editor(() -> importFrom(handler, "story.docx", new ByteArrayInputStream(docx)));
        ImportResult web = AsUser.editor(() ->
                importFrom(handler, "story.html", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))));

        assertThat(word).isInstanceOf(ImportResult.Imported.class);
        assertThat(web).isInstanceOf(ImportResult.Imported.class);
        var paragraphs = AsUser.editor(() -> articles.find(((ImportResult.Imported) web).articleId()))
                .orElseThrow()
                .paragraphs();
        assertThat(paragraphs)
                .extracting(ParagraphRow::headingLevel, ParagraphRow::sourceText)
                .containsExactly(tuple(3, "Part"), tuple(null, "From the web."));
    }

    private ArticleUploadHandler handler() {
        List<ImportResult> ignored = new ArrayList<>();
        return new ArticleUploadHandler(
                importer, new UploadLimit(DataSize.ofMegabytes(10)), name -> "not for " + name, ignored::add);
    }

    private static ImportResult importFrom(ArticleUploadHandler handler, String name, InputStream in) {
        try {
            return handler.importFrom(name, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Bytes of an article-like text, generated as they are read, counting how many were. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            return (read++ % 80 == 79) ? '\n' : 'a';
        }
    }
}
