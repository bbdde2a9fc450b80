package org.copydesk.article.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Api.bearer;
import static org.copydesk.test_support.Articles.article;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The REST API v1 contract, called over real HTTP as an integration would. */
@CopydeskContext
class RestApiTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void without_credentials_the_api_answers_401_problem_json() {
        var response = api.get("/api/v1/articles", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(api.get(
                                "/api/v1/articles",
                                "Basic " + java.util.Base64.getEncoder().encodeToString("editor:wrong".getBytes()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void the_article_list_is_a_page_with_progress_figures() {
        var response = api.get("/api/v1/articles?size=500", basic("editor"));
        assertThat(response.status()).isEqualTo(200);
        JsonNode seed = findSeed(response.json());
        assertThat(seed.get("status").asString()).isIn("new", "in_progress", "in_review", "approved");
        assertThat(seed.get("paragraphCount").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(seed.has("editedCount")).isTrue();
        assertThat(seed.has("approvedCount")).isTrue();
        assertThat(seed.has("updatedAt")).isTrue();
        assertThat(response.json().get("page").get("totalElements").asLong()).isPositive();
    }

    @Test
    void the_article_list_filters_by_status_and_title_and_refuses_an_unknown_status() {
        var fresh = api.get("/api/v1/articles?status=new&q=north%20korean&sort=title", basic("editor"));
        assertThat(fresh.status()).isEqualTo(200);
        for (JsonNode item : fresh.json().get("content")) {
            assertThat(item.get("status").asString()).isEqualTo("new");
            assertThat(item.get("title").asString().toLowerCase()).contains("north korean");
        }

        var unknown = api.get("/api/v1/articles?status=finished", basic("editor"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_imported_article_can_be_read_edited_and_its_history_listed() {
        var text = article("REST journey").paragraph("The federal government informed RFA on Tuesday.");
        var created = api.post("/api/v1/articles", basic("editor"), "text/plain; charset=utf-8", text.bytes());
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode paragraph = created.json().get("paragraphs").get(0);
        assertThat(paragraph.get("kind").asString()).isEqualTo("body");
        assertThat(paragraph.get("status").asString()).isEqualTo("untouched");
        long paragraphId = paragraph.get("id").asLong();
        int revision = paragraph.get("revision").asInt();

        var saved = api.put(
                "/api/v1/paragraphs/" + paragraphId,
                basic("editor"),
                "{\"text\":\"The government told RFA on Tuesday.\",\"baseRevision\":" + revision + "}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("revision").asInt()).isEqualTo(revision + 1);
        assertThat(saved.json().get("status").asString()).isEqualTo("edited");

        var stale = api.put(
                "/api/v1/paragraphs/" + paragraphId,
                basic("editor2"),
                "{\"text\":\"A stale overwrite.\",\"baseRevision\":" + revision + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("currentText").asString()).isEqualTo("The government told RFA on Tuesday.");
        assertThat(stale.json().get("currentRevision").asInt()).isEqualTo(revision + 1);

        var revisions = api.get("/api/v1/paragraphs/" + paragraphId + "/revisions", basic("editor"));
        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.json().size()).isEqualTo(2);
        assertThat(revisions.json().get(1).get("text").asString()).isEqualTo("The government told RFA on Tuesday.");
        assertThat(revisions.json().get(1).get("author").asString()).isEqualTo("editor");

        var reread = api.get("/api/v1/articles/" + id, basic("reviewer"));
        assertThat(reread.json().get("paragraphs").get(0).get("correctedText").asString())
                .isEqualTo("The government told RFA on Tuesday.");
    }

    @Test
    void the_same_article_posted_twice_returns_the_existing_one_with_200() {
        var text = article("Posted twice").paragraphs(2);
        var first = api.post("/api/v1/articles", basic("editor"), "text/plain", text.bytes());
        var second = api.post("/api/v1/articles", basic("editor2"), "text/plain", text.bytes());
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
    }

    @Test
    void markdown_is_accepted_as_text_markdown() {
        String md = "# Markdown import " + System.nanoTime()
                + "\n\n*By Jane Doe*\n\n## A heading\n\nA body paragraph with **markup**.\n";
        var created =
                api.post("/api/v1/articles", basic("editor"), "text/markdown", md.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("paragraphs").findValuesAsString("kind")).contains("heading", "body");
    }

    @Test
    void an_article_uploaded_as_a_multipart_file_is_imported_by_its_extension() {
        String md = "# Multipart import " + System.nanoTime() + "\n\n## Heading\n\nBody text here.\n";
        var created =
                api.postFile("/api/v1/articles", basic("editor"), "story.md", md.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("format").asString()).isEqualTo("markdown");

        var pdf = api.postFile(
                "/api/v1/articles", basic("editor"), "story.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(pdf.json().get("detail").asString()).contains("story.pdf");
    }

    @Test
    void bad_imports_get_specific_problem_responses() {
        var notUtf8 = api.post("/api/v1/articles", basic("editor"), "text/plain", new byte[] {
            (byte) 0xff, (byte) 0xfe, 0, 'b', 'a', 'd'
        });
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.contentType()).startsWith("application/problem+json");
        assertThat(notUtf8.json().get("detail").asString()).isNotBlank();

        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        var tooLarge = api.post("/api/v1/articles", basic("editor"), "text/plain", huge);
        assertThat(tooLarge.status()).isEqualTo(413);

        var pdf = api.post(
                "/api/v1/articles", basic("editor"), "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        assertThat(pdf.status()).isEqualTo(415);

        var empty = api.post("/api/v1/articles", basic("editor"), "text/plain", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void a_reviewer_cannot_import_and_is_told_403() {
        var response = api.post(
                "/api/v1/articles",
                basic("reviewer"),
                "text/plain",
                article("Reviewer").paragraphs(1).bytes());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknown_ids_are_404_problem_json() {
        assertThat(api.get("/api/v1/articles/987654321", basic("editor")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/paragraphs/987654321/revisions", basic("editor"))
                        .status())
                .isEqualTo(404);
        var put = api.put("/api/v1/paragraphs/987654321", basic("editor"), "{\"text\":\"x\",\"baseRevision\":1}");
        assertThat(put.status()).isEqualTo(404);
        assertThat(put.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_api_token_authenticates_until_it_is_revoked() {
        var created = api.post(
                "/api/v1/tokens",
                basic("editor"),
                "application/json",
                "{\"name\":\"CMS export\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long tokenId = created.json().get("id").asLong();

        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tokens", bearer(token)).body())
                .contains("CMS export")
                .doesNotContain(token);
        assertThat(api.delete("/api/v1/tokens/" + tokenId, basic("editor")).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/articles", bearer("cdk_not-a-token")).status())
                .isEqualTo(401);
    }

    @Test
    void the_api_is_documented_and_health_answers() {
        assertThat(api.get("/v3/api-docs", null).body()).contains("/api/v1/articles", "/api/v1/paragraphs/{id}");
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
    }

    private static JsonNode findSeed(JsonNode page) {
        for (JsonNode item : page.get("content")) {
            if (item.get("title").asString().startsWith("North Korean Visa Overstayers")) {
                return item;
            }
        }
        throw new AssertionError("seed article not listed: " + page);
    }
}
