package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Articles.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A save never waits forever for a paragraph that someone else holds: it gives up with a retryable 503. */
@CopydeskContext
class SaveTimeoutTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void a_save_behind_a_held_row_lock_answers_503_with_retry_after_and_writes_nothing() throws Exception {
        var api = new Api(port);
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain",
                article("Held lock").paragraphs(1).bytes());
        long paragraphId = created.json().get("paragraphs").get(0).get("id").asLong();
        String save = "{\"text\":\"Saved after the lock.\",\"baseRevision\":1}";

        Api.Response busy;
        long waitedMillis;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from paragraphs where id = ? for update")) {
                lock.setLong(1, paragraphId);
                lock.executeQuery().close();
            }
            long start = System.nanoTime();
            // Without a timeout the save would wait for this transaction forever; the test gives up after 20 s.
            busy = CompletableFuture.supplyAsync(
                            () -> api.put("/api/v1/paragraphs/" + paragraphId, basic("editor"), save))
                    .get(20, TimeUnit.SECONDS);
            waitedMillis = (System.nanoTime() - start) / 1_000_000;
            holder.rollback();
        }

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.contentType()).startsWith("application/problem+json");
        assertThat(busy.json().get("retryable").asBoolean()).isTrue();
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(waitedMillis).as("gave up after the lock timeout").isBetween(2_000L, 9_000L);
        var revisions = api.get("/api/v1/paragraphs/" + paragraphId + "/revisions", basic("editor"));
        assertThat(revisions.json().size()).as("nothing written").isEqualTo(1);

        var retried = api.put("/api/v1/paragraphs/" + paragraphId, basic("editor"), save);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("revision").asInt()).isEqualTo(2);
    }
}
