package org.copydesk.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;

import java.nio.charset.StandardCharsets;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.search.test_support.SearchFixtures;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search and replace endpoints over real HTTP, as an integration calls them. */
@CopydeskContext
class SearchAndReplaceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String word;
    long articleId;

    @BeforeEach
    void anArticle() {
        api = new Api(port);
        word = SearchFixtures.uniqueWord();
        articleId = new SearchFixtures(importer, articles, jdbc)
                .article(
                        "They stayed 60- day in " + word + ".",
                        "A 90- day visit to " + word + " followed.",
                        "Nothing here.");
    }

    @Test
    void a_search_answers_a_page_of_hits_with_context_and_counts_per_article() {
        var response = post("/api/v1/search", """
                {"query": "%s", "scope": "corrected", "filter": {"paragraphStatuses": ["untouched"]}, "size": 1}
                """.formatted(word));

        assertThat(response.status()).isEqualTo(200);
        var page = response.json();
        assertThat(page.get("hitCount").asLong()).isEqualTo(2);
        assertThat(page.get("hits")).hasSize(1);
        var hit = page.get("hits").get(0);
        assertThat(hit.get("articleId").asLong()).isEqualTo(articleId);
        assertThat(hit.get("field").asString()).isEqualTo("corrected");
        assertThat(hit.get("status").asString()).isEqualTo("untouched");
        assertThat(hit.get("contexts").get(0).get("match").asString()).isEqualTo(word);
        assertThat(hit.get("contexts").get(0).get("before").asString()).isEqualTo("They stayed 60- day in ");
        assertThat(page.get("articles").get(0).get("matches").asInt()).isEqualTo(2);
    }

    @Test
    void preview_then_apply_by_its_id_writes_the_capture_group_replacement() {
        var preview = post("/api/v1/replace/preview", """
                {"query": "(\\\\d+)- day", "replacement": "$1-day", "regex": true, "filter": {"articleIds": [%d]}}
                """.formatted(articleId));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("changes")).hasSize(2);
        // The word diff is the project's one (editing.diff), in the same JSON shape as the review queue's.
        var segment = preview.json().get("changes").get(0).get("diff").get(0);
        assertThat(segment.get("operation").asString()).isIn("equal", "deleted", "inserted");
        assertThat(segment.has("whitespace")).isFalse();
        assertThat(preview.json().get("changes").get(0).get("newText").asString())
                .isEqualTo("They stayed 60-day in " + word + ".");
        String previewId = preview.json().get("id").asString();
        long second = preview.json().get("changes").get(1).get("paragraphId").asLong();

        var applied = post("/api/v1/replace/apply", """
                {"previewId": "%s", "paragraphIds": [%d]}
                """.formatted(previewId, second));

        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("changed")).hasSize(1);
        assertThat(applied.json().get("changed").get(0).get("revision").asInt()).isEqualTo(2);
        var revisions = api.get("/api/v1/paragraphs/" + second + "/revisions", basic("editor"));
        assertThat(revisions.json().get(1).get("kind").asString()).isEqualTo("replace_all");
        assertThat(revisions.json().get(1).get("text").asString())
                .isEqualTo("A 90-day visit to " + word + " followed.");

        var again = post("/api/v1/replace/apply", "{\"previewId\": \"" + previewId + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        var undone = post("/api/v1/replace/undo", "{\"previewId\": \"" + previewId + "\"}");
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().get("changed").get(0).get("revision").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"query\": \"(a)\\\\1\", \"regex\": true}",
                "{\"query\": \"(?<=x)y\", \"regex\": true}",
                "{\"query\": \"[a-\", \"regex\": true}",
                "{\"query\": \"\"}",
                "{\"query\": \"x\", \"size\": 0}",
                "{\"query\": \"x\", \"scope\": \"everywhere\"}",
                "{\"query\": \"x\", \"filter\": {\"paragraphStatuses\": [\"lost\"]}}",
                "{\"query\": \"x\", \"filter\": {\"changedFrom\": \"2026-02-01\", \"changedTo\": \"2026-01-01\"}}",
                "{\"regex\": true}",
                "not json"
            })
    void a_bad_search_is_a_400_problem(String body) {
        var response = post("/api/v1/search", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unsupported_regex_is_refused_with_the_reason() {
        var response = post("/api/v1/search", "{\"query\": \"(a)\\\\1\", \"regex\": true}");
        assertThat(response.json().get("detail").asString()).contains("Backreferences");
    }

    @Test
    void bad_replace_requests_are_4xx_problems_and_change_nothing() {
        var badGroup = post("/api/v1/replace/preview", """
                {"query": "(day)", "regex": true, "replacement": "$3", "filter": {"articleIds": [%d]}}
                """.formatted(articleId));
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.json().get("detail").asString()).contains("$3");

        var unknown = post("/api/v1/replace/apply", "{\"previewId\": \"7f000000-0000-4000-8000-000000000000\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(post("/api/v1/replace/apply", "{\"previewId\": \"not-a-uuid\"}")
                        .status())
                .isEqualTo(400);
        assertThat(post("/api/v1/replace/apply", "{}").status()).isEqualTo(400);

        var preview = post("/api/v1/replace/preview", """
                {"query": "day", "replacement": "days", "filter": {"articleIds": [%d]}}
                """.formatted(articleId));
        String previewId = preview.json().get("id").asString();
        var someoneElse = api.post(
                "/api/v1/replace/apply",
                basic("editor2"),
                "application/json",
                ("{\"previewId\": \"" + previewId + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(post("/api/v1/replace/undo", "{\"previewId\": \"" + previewId + "\"}")
                        .status())
                .isEqualTo(409);
        var revisions = api.get(
                "/api/v1/paragraphs/"
                        + preview.json()
                                .get("changes")
                                .get(0)
                                .get("paragraphId")
                                .asLong() + "/revisions",
                basic("editor"));
        assertThat(revisions.json()).hasSize(1);
    }

    @Test
    void without_credentials_search_and_replace_answer_401() {
        var response = api.post(
                "/api/v1/search", null, "application/json", "{\"query\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_saved_search_is_listed_for_its_owner_only_and_can_be_deleted() {
        var saved = post("/api/v1/saved-searches", """
                {"name": "%s left", "query": "informed RFA", "filter": {"articleStatus": "approved"}}
                """.formatted(word));
        assertThat(saved.status()).isEqualTo(200);
        long id = saved.json().get("id").asLong();
        assertThat(saved.json().get("query").get("filter").get("articleStatus").asString())
                .isEqualTo("approved");

        assertThat(api.get("/api/v1/saved-searches", basic("editor")).body()).contains(word + " left");
        assertThat(api.get("/api/v1/saved-searches", basic("editor2")).body()).doesNotContain(word + " left");
        assertThat(api.delete("/api/v1/saved-searches/" + id, basic("editor2")).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/saved-searches/" + id, basic("editor")).status())
                .isEqualTo(204);
        assertThat(post("/api/v1/saved-searches", "{\"name\": \" \", \"query\": \"x\"}")
                        .status())
                .isEqualTo(400);
    }

    private Api.Response post(String path, String json) {
        return api.post(path, basic("editor"), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
