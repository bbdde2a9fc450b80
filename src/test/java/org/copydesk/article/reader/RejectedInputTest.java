package org.copydesk.article.reader;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ArticleFormat.MARKDOWN;
import static org.copydesk.article.ArticleFormat.PLAIN_TEXT;
import static org.copydesk.article.reader.TestArticles.rejected;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files that are not articles, each refused with the specific problem and a message that names it. */
class RejectedInputTest {

    @Test
    void an_empty_file_is_refused_as_empty() {
        ReadResult.Rejected rejected = rejected(new byte[0], PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.EMPTY);
        assertThat(rejected.message()).isEqualTo("The file is empty.");
    }

    @Test
    void a_file_of_whitespace_or_only_a_byte_order_mark_is_refused_as_empty() {
        for (String blank : new String[] {" \n\t\n  \r\n\u00A0", "\uFEFF", "\uFEFF\r\n"}) {
            ReadResult.Rejected rejected = rejected(blank.getBytes(UTF_8), MARKDOWN);
            assertThat(rejected.problem()).isEqualTo(ImportProblem.EMPTY);
            assertThat(rejected.message()).isEqualTo("The file holds nothing but blank lines and spaces.");
        }
    }

    @Test
    void invalid_utf8_that_starts_like_a_utf16_byte_order_mark_is_refused_as_utf16() {
        ReadResult.Rejected rejected = rejected(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'b', 'a', 'd'}, PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.NOT_UTF8);
        assertThat(rejected.message())
                .isEqualTo("The file looks like UTF-16 text (it starts with a UTF-16 byte-order "
                        + "mark); save it as UTF-8 and upload it again.");
    }

    @Test
    void a_byte_that_cannot_start_a_character_is_named_with_its_offset() {
        ReadResult.Rejected rejected = rejected(new byte[] {(byte) 0xFF, 'b', 'a', 'd'}, PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.NOT_UTF8);
        assertThat(rejected.message())
                .startsWith("The file is not valid UTF-8: byte 0xFF at offset 0 (line 1) cannot start a character.");
        assertThat(rejected.message()).endsWith("Save it as UTF-8 and upload it again.");
    }

    @Test
    void latin1_text_is_refused_with_a_hint_at_its_encoding() {
        ReadResult.Rejected rejected = rejected(new byte[] {'c', 'a', 'f', (byte) 0xE9}, PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.NOT_UTF8);
        assertThat(rejected.message())
                .isEqualTo("The file is not valid UTF-8: byte 0xE9 at offset 3 (line 1) begins a "
                        + "character that the file ends before completing. It looks like Windows-1252 or Latin-1 text. "
                        + "Save it as UTF-8 and upload it again.");
    }

    @Test
    void windows_1252_curly_quotes_on_a_later_line_are_located() {
        byte[] cp1252 = {
            'T', '\n', '\n', (byte) 0x93, 'H', 'i', (byte) 0x94, ' ', 's', 'h', 'e', ' ', 's', 'a', 'i', 'd'
        };
        assertThat(rejected(cp1252, PLAIN_TEXT).message())
                .startsWith("The file is not valid UTF-8: byte 0x93 at offset 3 (line 3) cannot start a character.")
                .contains("It looks like Windows-1252 or Latin-1 text.");
    }

    @Test
    void a_broken_multibyte_sequence_names_the_byte_that_breaks_it() {
        byte[] broken = {'a', (byte) 0xE2, (byte) 0x80, 'b'};
        assertThat(rejected(broken, PLAIN_TEXT).message())
                .startsWith("The file is not valid UTF-8: byte 0xE2 at offset 1 "
                        + "(line 1) begins a character that byte 0x62 after it cannot continue.");
    }

    @Test
    void a_png_image_is_refused_as_binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ReadResult.Rejected rejected = rejected(png, PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.BINARY);
        assertThat(rejected.message())
                .isEqualTo("The file looks like a PNG image, not a text article. "
                        + "Save the article as plain text (.txt), Markdown (.md), HTML (.html) or Word (.docx) and upload it "
                        + "with that extension.");
    }

    @Test
    void a_word_document_is_refused_as_a_zip_archive() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(rejected(docx, MARKDOWN).message())
                .startsWith("The file looks like a ZIP archive (a Word .docx file is one)");
    }

    @Test
    void unknown_bytes_with_nul_are_refused_as_binary() {
        byte[] classFile = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 0x41};
        ReadResult.Rejected rejected = rejected(classFile, PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.BINARY);
        assertThat(rejected.message())
                .isEqualTo(
                        "The file looks binary (it contains NUL bytes, the first at offset 4 (line 1)), not a text article.");
    }

    @Test
    void control_characters_are_refused_as_binary_with_their_place() {
        ReadResult.Rejected rejected = rejected("Title\n\nText \u001B[31m red".getBytes(UTF_8), PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.BINARY);
        assertThat(rejected.message()).contains("control character U+001B at offset 12 (line 3)");
    }

    @Test
    void utf16_with_or_without_a_byte_order_mark_is_refused_as_not_utf8() {
        ReadResult.Rejected withBom = rejected("Title\n\nText.".getBytes(UTF_16), PLAIN_TEXT);
        ReadResult.Rejected withoutBom = rejected("Title\n\nText.".getBytes(UTF_16LE), PLAIN_TEXT);
        assertThat(withBom.problem()).isEqualTo(ImportProblem.NOT_UTF8);
        assertThat(withBom.message())
                .startsWith("The file looks like UTF-16 text (it starts with a UTF-16 byte-order mark)");
        assertThat(withoutBom.problem()).isEqualTo(ImportProblem.NOT_UTF8);
        assertThat(withoutBom.message()).startsWith("The file looks like UTF-16 text without a byte-order mark");
    }

    @Test
    void a_50_mb_upload_is_refused_as_too_large_before_it_is_decoded() {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        Arrays.fill(fiftyMegabytes, (byte) 'a');
        ArticleReaders readers = new ArticleReaders();
        ReadResult result = assertTimeout(Duration.ofMillis(200), () -> readers.read(fiftyMegabytes, PLAIN_TEXT));
        assertThat(result)
                .isEqualTo(
                        new ReadResult.Rejected(
                                ImportProblem.TOO_LARGE,
                                "The file is 52,428,800 bytes (50.0 MiB); an article may be at most 10,485,760 bytes (10.0 MiB)."));
    }

    @Test
    void the_limits_can_be_set_lower() {
        ArticleReaders strict = new ArticleReaders(new ImportLimits(100, 10));
        assertThat(strict.read(new byte[101], PLAIN_TEXT))
                .isEqualTo(new ReadResult.Rejected(
                        ImportProblem.TOO_LARGE, "The file is 101 bytes; an article may be at most 100 bytes."));
        assertThat(strict.read("Title\n\nEleven char".getBytes(UTF_8), PLAIN_TEXT))
                .isInstanceOf(ReadResult.Rejected.class)
                .extracting(result -> ((ReadResult.Rejected) result).problem())
                .isEqualTo(ImportProblem.LINE_TOO_LONG);
    }

    @Test
    void a_30000_character_line_is_refused_as_too_long() {
        ReadResult.Rejected rejected = rejected("x".repeat(30_000).getBytes(UTF_8), PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.LINE_TOO_LONG);
        assertThat(rejected.message())
                .startsWith("Line 1 is 30,000 characters long; a paragraph may be at most 20,000 characters.");
    }

    @Test
    void line_length_counts_characters_not_utf16_units() {
        String emoji = "😀".repeat(20_000);
        assertThat(TestArticles.read("Title\n\n" + emoji, PLAIN_TEXT)).isInstanceOf(ReadResult.Read.class);
        assertThat(rejected(("Title\r\n\r\n" + emoji + "😀").getBytes(UTF_8), PLAIN_TEXT)
                        .message())
                .startsWith("Line 3 is 20,001 characters long");
    }

    @Test
    void a_title_without_paragraphs_is_refused() {
        for (String text : new String[] {"Just a title\n", "Title\n\nSandra Loyd", "# Title\n\n## Only a subheading"}) {
            ReadResult.Rejected rejected = rejected(text.getBytes(UTF_8), text.startsWith("#") ? MARKDOWN : PLAIN_TEXT);
            assertThat(rejected.problem()).isEqualTo(ImportProblem.NO_PARAGRAPHS);
            assertThat(rejected.message()).startsWith("The article has a title but no paragraphs.");
        }
    }

    @Test
    void a_paragraph_where_the_title_should_be_is_refused_as_a_title_too_long() {
        ReadResult.Rejected rejected =
                rejected(("word ".repeat(119) + "words\n\nMore text.").getBytes(UTF_8), PLAIN_TEXT);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.TITLE_TOO_LONG);
        assertThat(rejected.message())
                .startsWith("The title (the first line) is 600 characters long; "
                        + "a title may be at most 500 characters.");
    }

    @Test
    void markdown_with_nothing_that_can_be_a_title_is_refused() {
        ReadResult.Rejected rejected = rejected("```\ncode only\n```\n".getBytes(UTF_8), MARKDOWN);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.NO_TITLE);
        assertThat(rejected.message()).startsWith("The article has no title.");
    }
}
