package org.copydesk.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copydesk.test_support.Api.basic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.copydesk.article.FourEyes;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.security.Role;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review REST contract over real HTTP: paths, JSON fields, 403 problem+json with the reason. */
@CopydeskContext
class ReviewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    Api api;
    ReviewFixtures fixtures;
    long articleId;
    List<ParagraphRow> paragraphs;

    @BeforeEach
    void anArticle() {
        api = new Api(port);
        fixtures = new ReviewFixtures(importer, articles, editing);
        articleId = fixtures.article("Review API", 3);
        paragraphs = fixtures.paragraphs(articleId);
    }

    @Test
    void an_editor_submits_and_a_reviewer_approves_over_the_api() {
        var fixed = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Fixed for the API.");

        var submitted = post("/api/v1/paragraphs/" + fixed.id() + "/submit", "editor", "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("submitted");

        var queue = api.get("/api/v1/review-queue?articleId=" + articleId, basic("reviewer"));
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().get("total").asInt()).isEqualTo(1);
        var item = queue.json().get("content").get(0);
        assertThat(item.get("paragraphId").asLong()).isEqualTo(fixed.id());
        assertThat(item.get("diffAgainstSource").get(0).has("operation")).isTrue();

        var approved = post("/api/v1/paragraphs/" + fixed.id() + "/approve", "reviewer", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");

        var locked = api.put(
                "/api/v1/paragraphs/" + fixed.id(),
                basic("editor"),
                "{\"text\":\"Changed after approval.\",\"baseRevision\":" + fixed.revision() + "}");
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("detail").asString()).contains("approved");
    }

    @Test
    void four_eyes_is_a_403_problem_with_the_reason() {
        var fixed = fixtures.edit(paragraphs.get(0), "reviewer", Role.REVIEWER, "Fixed by the reviewer.");
        post("/api/v1/paragraphs/" + fixed.id() + "/submit", "reviewer", "");

        var refused = post("/api/v1/paragraphs/" + fixed.id() + "/approve", "reviewer", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo(FourEyes.REASON);
    }

    @Test
    void request_changes_needs_a_known_reason_and_takes_an_optional_comment() {
        var fixed = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Fixed, maybe.");
        post("/api/v1/paragraphs/" + fixed.id() + "/submit", "editor", "");
        String path = "/api/v1/paragraphs/" + fixed.id() + "/request-changes";

        assertThat(post(path, "reviewer", "{\"reason\":\"because\"}").status()).isEqualTo(400);
        assertThat(post(path, "reviewer", "{\"comment\":\"no reason\"}").status())
                .isEqualTo(400);
        var sent = post(path, "reviewer", "{\"reason\":\"still_garbled\",\"comment\":\"Look at the second clause.\"}");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("changes_requested");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/notifications?unread=true", basic("editor"))
                        .json()
                        .get("content")
                        .toString()
                        .contains("\"paragraphId\":" + fixed.id()));
        var told = api.get("/api/v1/notifications?unread=true", basic("editor"));
        assertThat(told.status()).isEqualTo(200);
        assertThat(told.json().get("unread").asLong()).isPositive();
        assertThat(told.json().get("content").get(0).get("kind").asString()).isEqualTo("changes_requested");
        assertThat(told.json().get("content").get(0).get("reason").asString()).isEqualTo("still_garbled");
        assertThat(post(path, "reviewer", "{\"reason\":\"style\"}").status()).isEqualTo(409);
    }

    @Test
    void bulk_submit_and_approve_list_what_they_skipped_and_why() {
        fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Fixed by the editor.");
        var byReviewer = fixtures.edit(paragraphs.get(1), "reviewer", Role.REVIEWER, "Fixed by the reviewer.");

        var submitted = post("/api/v1/articles/" + articleId + "/submit", "editor", "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("done").size()).isEqualTo(2);
        assertThat(submitted.json().get("skipped").get(0).get("reason").asString())
                .isEqualTo("Not edited yet.");

        var approved = post("/api/v1/articles/" + articleId + "/approve", "reviewer", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("done").size()).isEqualTo(1);
        var skipped = approved.json().get("skipped").get(0);
        assertThat(skipped.get("paragraphId").asLong()).isEqualTo(byReviewer.id());
        assertThat(skipped.get("position").asInt()).isEqualTo(2);
        assertThat(skipped.get("reason").asString()).isEqualTo(FourEyes.REASON);

        assertThat(post("/api/v1/articles/999999999/approve", "reviewer", "").status())
                .isEqualTo(404);
    }

    @Test
    void comments_are_listed_and_posted_as_plain_text() {
        long id = paragraphs.get(2).id();
        var posted =
                post("/api/v1/paragraphs/" + id + "/comments", "reviewer", "{\"text\":\"<b>Check</b> this, @editor\"}");
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("text").asString()).isEqualTo("<b>Check</b> this, @editor");

        var list = api.get("/api/v1/paragraphs/" + id + "/comments", basic("editor"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("author").asString()).isEqualTo("reviewer");
        assertThat(post("/api/v1/paragraphs/" + id + "/comments", "editor", "{\"text\":\"  \"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/paragraphs/999999999/comments", basic("editor"))
                        .status())
                .isEqualTo(404);
    }

    private Api.Response post(String path, String user, String json) {
        return api.post(path, basic(user), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
