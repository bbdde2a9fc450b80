package org.copydesk.suggest.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphAlignerTest {

    @Test
    void aligns_one_to_one_merged_and_split_paragraphs_and_skips_extras() {
        List<String> spun = List.of(
                "The mayor has actually opened the brand-new bridge on Monday.",
                "Thousands of homeowners came to see it. Lots of them brought kids.",
                "Traffic will move in between the 2 banks from Tuesday.",
                "Tolls will be collected at both ends.",
                "The post appeared first on Somewhere.");
        List<String> original = List.of(
                "The mayor opened the new bridge on Monday.",
                "Thousands of residents came to see it.",
                "Many of them brought children.",
                "Traffic will move between the two banks from Tuesday. Tolls will be collected at both ends.");
        var groups = ParagraphAligner.align(spun, original);
        assertThat(groups)
                .extracting(g -> List.of(g.spunFrom(), g.spunTo(), g.originalFrom(), g.originalTo()))
                .containsExactly(List.of(0, 1, 0, 1), List.of(1, 2, 1, 3), List.of(2, 4, 3, 4));
    }

    @Test
    void paragraphs_are_blocks_between_blank_lines() {
        assertThat(ParagraphAligner.paragraphs("One\nline.\n\n\n  Two. \r\n\r\nThree"))
                .containsExactly("One line.", "Two.", "Three");
    }
}
