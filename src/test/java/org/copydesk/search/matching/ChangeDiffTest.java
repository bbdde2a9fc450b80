package org.copydesk.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.search.matching.ChangeDiff.Operation;
import org.copydesk.search.matching.ChangeDiff.Segment;
import org.junit.jupiter.api.Test;

class ChangeDiffTest {

    @Test
    void a_replaced_phrase_shows_as_deleted_then_inserted_words_between_equal_text() {
        var diff = ChangeDiff.between("They informed RFA on Monday.", "They told RFA on Monday.");

        assertThat(diff.segments())
                .containsExactly(
                        new Segment(Operation.EQUAL, "They "),
                        new Segment(Operation.DELETED, "informed"),
                        new Segment(Operation.INSERTED, "told"),
                        new Segment(Operation.EQUAL, " RFA on Monday."));
    }
}
