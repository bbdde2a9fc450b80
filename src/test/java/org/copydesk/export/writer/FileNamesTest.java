package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rice prices rise in Asia | rice-prices-rise-in-asia",
                "../../etc/passwd | etc-passwd",
                "..\\..\\Windows\\system32 | windows-system32",
                "Café “Zürich” — über alles! | cafe-zurich-uber-alles",
                "   | article",
                "日本の記事 | article",
                "CON | con",
                "a/b\u0000c\u001fd\u202Ee | a-b-c-d-e"
            })
    void a_title_becomes_a_safe_base_name(String title, String expected) {
        assertThat(FileNames.baseName(title == null ? "" : title)).isEqualTo(expected);
    }

    @Test
    void a_long_title_is_cut_and_never_ends_in_a_hyphen() {
        String name = FileNames.baseName("word ".repeat(100));
        assertThat(name).hasSizeLessThanOrEqualTo(FileNames.MAX_BASE_LENGTH).doesNotEndWith("-");
    }

    @Test
    void a_file_name_has_the_id_and_the_format_extension() {
        assertThat(FileNames.of("Rice / prices", 42, ExportFormat.REDLINE_DOCX))
                .isEqualTo("rice-prices-42.redline.docx");
    }

    @Test
    void names_in_one_zip_are_unique_whatever_their_case() {
        var names = new FileNames.Unique();
        assertThat(names.claim("txt/a-1.txt")).isEqualTo("txt/a-1.txt");
        assertThat(names.claim("txt/A-1.txt")).isEqualTo("txt/A-1-2.txt");
        assertThat(names.claim("txt/a-1.txt")).isEqualTo("txt/a-1-3.txt");
    }
}
