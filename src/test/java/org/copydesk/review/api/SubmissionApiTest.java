package org.copydesk.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** Submitting a selection and overriding findings over real HTTP: bodies, statuses, problem+json. */
@CopydeskContext
class SubmissionApiTest {

    static final String WRONG_NUMBER = "Paragraph one was told to the government in China on 1,250 days.";

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
        articleId = fixtures.article("Submission API", 3);
        paragraphs = fixtures.paragraphs(articleId);
    }

    @Test
    void an_article_submit_with_paragraph_ids_submits_only_those_and_says_what_was_skipped() {
        var first = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "Paragraph one was told to China.");
        var second = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "Paragraph two was told to China.");

        var answer = post(
                "/api/v1/articles/" + articleId + "/submit",
                "editor",
                "{\"paragraphIds\":[" + first.id() + "," + paragraphs.get(2).id() + "]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("done").get(0).asLong()).isEqualTo(first.id());
        assertThat(answer.json().get("done").size()).isEqualTo(1);
        var skipped = answer.json().get("skipped").get(0);
        assertThat(skipped.get("paragraphId").asLong())
                .isEqualTo(paragraphs.get(2).id());
        assertThat(skipped.get("position").asInt()).isEqualTo(3);
        assertThat(skipped.get("reason").asString()).startsWith("Held back by findings:");

        // Without a body it is still "submit all edited".
        var all = post("/api/v1/articles/" + articleId + "/submit", "editor", "");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("done").get(0).asLong()).isEqualTo(second.id());
    }

    @Test
    void a_bad_selection_is_a_400_problem() {
        for (String body :
                List.of("{\"paragraphIds\":[]}", "{}", "{\"paragraphIds\":[\"x\"]}", "{\"paragraphIds\":[null]}")) {
            var answer = post("/api/v1/articles/" + articleId + "/submit", "editor", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(post("/api/v1/articles/999999999/submit", "editor", "{\"paragraphIds\":[1]}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void findings_refuse_a_submission_with_422_and_a_reviewer_overrides_with_a_reason() {
        var wrong = fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, WRONG_NUMBER);
        String path = "/api/v1/paragraphs/" + wrong.id() + "/submit";

        var refused = post(path, "editor", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("findings").get(0).asString())
                .isEqualTo("The number 1,250 is not in the source.");
        assertThat(refused.json().get("detail").asString()).contains("1,250");

        var editorOverride = post(path, "editor", "{\"override\":true,\"reason\":\"I know better.\"}");
        assertThat(editorOverride.status()).isEqualTo(403);
        assertThat(editorOverride.contentType()).startsWith("application/problem+json");

        assertThat(post(path, "reviewer", "{\"override\":true}").status()).isEqualTo(400);
        var overridden = post(path, "reviewer", "{\"override\":true,\"reason\":\"The source misprints it.\"}");
        assertThat(overridden.status()).isEqualTo(200);
        assertThat(overridden.json().get("status").asString()).isEqualTo("submitted");
    }

    private Api.Response post(String path, String user, String json) {
        return api.post(path, basic(user), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
