package org.copydesk.proof;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 20 clients × 100 saves over REST on shared paragraphs of one node: nothing lost, every stale save a 409. */
class ConcurrentSavesTest extends ConcurrentSaves {

    @Test
    void twenty_clients_saving_on_shared_paragraphs_lose_nothing_and_every_stale_save_is_a_conflict() throws Exception {
        List<Long> paragraphs = importParagraphs("One node");
        List<Save> saves = run(paragraphs, List.of(port));
        verify(paragraphs, saves);
    }
}
