package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ArticleFormat.MARKDOWN;
import static org.copydesk.article.ArticleFormat.PLAIN_TEXT;

import org.copydesk.article.ArticleFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleFormatTest {

    @ParameterizedTest
    @CsvSource({
        "article.txt, PLAIN_TEXT",
        "ARTICLE.TXT, PLAIN_TEXT",
        "notes.text, PLAIN_TEXT",
        "uploads/2020/story.md, MARKDOWN",
        "story.v2.Markdown, MARKDOWN",
        "page.html, HTML",
        "PAGE.HTM, HTML",
        "Report.DOCX, DOCX"
    })
    void a_file_name_extension_names_its_format(String fileName, ArticleFormat format) {
        assertThat(ArticleFormat.fromFileName(fileName)).contains(format);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"article", "article.doc", "article.txt.gz", "README", "story.md.bak"})
    void any_other_file_name_names_no_format(String fileName) {
        assertThat(ArticleFormat.fromFileName(fileName)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "text/plain | PLAIN_TEXT",
                "text/plain;charset=utf-8 | PLAIN_TEXT",
                "Text/Plain; charset=\"UTF-8\" | PLAIN_TEXT",
                "text/markdown | MARKDOWN",
                "text/markdown; variant=CommonMark | MARKDOWN",
                "text/x-markdown | MARKDOWN",
                "text/html; charset=utf-8 | HTML",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document | DOCX"
            })
    void a_media_type_names_its_format_whatever_its_parameters(String mediaType, ArticleFormat format) {
        assertThat(ArticleFormat.fromMediaType(mediaType)).contains(format);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"application/msword", "application/pdf", "application/octet-stream", "text", "plain"})
    void any_other_media_type_names_no_format(String mediaType) {
        assertThat(ArticleFormat.fromMediaType(mediaType)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN_TEXT", "MARKDOWN", "HTML", "DOCX"})
    void each_format_reads_back_from_its_own_media_type(ArticleFormat format) {
        assertThat(ArticleFormat.fromMediaType(format.mediaType())).contains(format);
        assertThat(PLAIN_TEXT.mediaType()).isEqualTo("text/plain");
        assertThat(MARKDOWN.mediaType()).isEqualTo("text/markdown");
    }
}
