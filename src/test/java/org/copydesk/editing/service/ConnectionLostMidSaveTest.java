package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Articles.article;

import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.TestSaveSabotage.ConnectionKiller;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A connection that dies in the middle of a save (so its rollback fails as well) is the database being unreachable,
 * not a bug: the client gets a 503 problem+json it may retry, nothing half-written, and no internals.
 */
@CopydeskContext
class ConnectionLostMidSaveTest {

    @LocalServerPort
    int port;

    @Test
    void a_save_whose_connection_dies_before_commit_answers_503_and_writes_nothing() {
        var api = new Api(port);
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain",
                article("Lost connection").paragraphs(1).bytes());
        long paragraphId = created.json().get("paragraphs").get(0).get("id").asLong();
        String save = "{\"text\":\"Saved once the connection is back.\",\"baseRevision\":1}";

        ConnectionKiller.killNextSaveOf(paragraphId);
        var lost = api.put("/api/v1/paragraphs/" + paragraphId, basic("editor"), save);

        assertThat(lost.status()).isEqualTo(503);
        assertThat(lost.contentType()).startsWith("application/problem+json");
        assertThat(lost.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(lost.json().get("title").asString()).as("down, not busy").isEqualTo("Database unavailable");
        assertThat(lost.json().get("retryable").asBoolean()).isTrue();
        assertThat(lost.body()).doesNotContain("Exception", "org.", "rollback", "JDBC", "\tat ");
        var revisions = api.get("/api/v1/paragraphs/" + paragraphId + "/revisions", basic("editor"));
        assertThat(revisions.json().size()).as("nothing written").isEqualTo(1);

        var retried = api.put("/api/v1/paragraphs/" + paragraphId, basic("editor"), save);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("revision").asInt()).isEqualTo(2);
    }
}
