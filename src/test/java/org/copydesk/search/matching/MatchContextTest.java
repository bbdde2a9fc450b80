package org.copydesk.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchContextTest {

    @Test
    void a_match_is_shown_with_its_surroundings_cut_at_spaces() {
        String text = "The federal government informed RFA that the sibling had actually left inChina.";
        var match = new TextMatch(23, 35, List.of("informed RFA"));

        var context = MatchContext.around(text, match, 12);

        assertThat(context).isEqualTo(new MatchContext("…government ", "informed RFA", " that the…"));
    }

    @Test
    void short_texts_are_shown_whole_without_ellipses() {
        var context = MatchContext.around("<b>bold</b>", new TextMatch(3, 7, List.of("bold")), 40);
        assertThat(context).isEqualTo(new MatchContext("<b>", "bold", "</b>"));
    }
}
