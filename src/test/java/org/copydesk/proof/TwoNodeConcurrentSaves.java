package org.copydesk.proof;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same 20 × 100 saves spread over two Copydesk processes on one database, and approvals on one node racing
 * edits on the other. Not named *Test: starting the second node takes minutes on a loaded 2-core machine, so it runs
 * by its own command: {@code ./mvnw test -Dtest=TwoNodeConcurrentSaves -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TwoNodeConcurrentSaves extends ConcurrentSaves {

    @Test
    void the_same_across_two_nodes_on_one_database() throws Exception {
        int secondPort = startSecondNode();
        List<Long> paragraphs = importParagraphs("Two nodes");
        List<Save> saves = run(paragraphs, List.of(port, secondPort));
        verify(paragraphs, saves);
    }

    @Test
    void reviewers_approving_on_one_node_while_editors_save_on_the_other_lose_nothing() throws Exception {
        int secondPort = startSecondNode();
        List<Long> paragraphs = importParagraphs("Approvals across nodes", ApprovalRace.PARAGRAPHS);
        var race = new ApprovalRace(this::sendAs, jdbc);
        race.run(articleOf(paragraphs.getFirst()), paragraphs, port, token("editor"), secondPort, token("reviewer"));
        race.verify(paragraphs);
    }
}
