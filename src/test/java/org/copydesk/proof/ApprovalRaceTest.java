package org.copydesk.proof;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Approvals racing edits and submissions on one node (the two-node run is in {@link TwoNodeConcurrentSaves}). */
class ApprovalRaceTest extends ConcurrentSaves {

    @Test
    void reviewers_approving_while_editors_save_and_submit_lose_nothing_and_show_nothing_unapproved() throws Exception {
        List<Long> paragraphs = importParagraphs("Approvals racing edits", ApprovalRace.PARAGRAPHS);
        var race = new ApprovalRace(this::sendAs, jdbc);
        race.run(articleOf(paragraphs.getFirst()), paragraphs, port, token("editor"), port, token("reviewer"));
        race.verify(paragraphs);
    }
}
