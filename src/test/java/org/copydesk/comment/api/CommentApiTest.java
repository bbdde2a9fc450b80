package org.copydesk.comment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;

import java.nio.charset.StandardCharsets;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Editing, deleting, resolving and reopening comments over real HTTP, with the author rule and wrong addresses. */
@CopydeskContext
class CommentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    Api api;
    long paragraphId;
    long otherParagraphId;

    @BeforeEach
    void twoParagraphs() {
        api = new Api(port);
        var fixtures = new ReviewFixtures(importer, articles, editing);
        var rows = fixtures.paragraphs(fixtures.article("Comment API", 2));
        paragraphId = rows.get(0).id();
        otherParagraphId = rows.get(1).id();
    }

    @Test
    void the_author_edits_and_deletes_a_comment_and_others_get_403_problems() {
        long id = comment("editor", "First words.");
        String path = "/api/v1/paragraphs/" + paragraphId + "/comments/" + id;

        var edited = api.put(path, basic("editor"), "{\"text\":\"Better words, @reviewer.\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("text").asString()).isEqualTo("Better words, @reviewer.");
        assertThat(edited.json().get("editedAt").isNull()).isFalse();

        var othersEdit = api.put(path, basic("reviewer"), "{\"text\":\"Not yours.\"}");
        assertThat(othersEdit.status()).isEqualTo(403);
        assertThat(othersEdit.contentType()).startsWith("application/problem+json");
        assertThat(othersEdit.json().get("detail").asString()).isEqualTo("Only its author may edit a comment.");
        var othersDelete = api.delete(path, basic("admin"));
        assertThat(othersDelete.status()).isEqualTo(403);
        assertThat(othersDelete.contentType()).startsWith("application/problem+json");
        assertThat(api.put(path, basic("editor"), "{\"text\":\"  \"}").status()).isEqualTo(400);

        assertThat(api.delete(path, basic("editor")).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/paragraphs/" + paragraphId + "/comments", basic("editor"))
                        .json()
                        .size())
                .isZero();
        assertThat(api.delete(path, basic("editor")).status()).isEqualTo(404);
    }

    @Test
    void anyone_resolves_and_reopens_a_thread() {
        long id = comment("editor", "Is this the right figure?");
        String path = "/api/v1/paragraphs/" + paragraphId + "/comments/" + id;

        var resolved = post(path + "/resolve", "reviewer");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("reviewer");
        assertThat(post(path + "/resolve", "editor").status()).isEqualTo(400);

        var reopened = post(path + "/reopen", "editor");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("resolvedAt").isNull()).isTrue();
    }

    @Test
    void unknown_ids_and_a_comment_of_another_paragraph_are_404_problems() {
        long id = comment("editor", "On the first paragraph.");
        for (String path : new String[] {
            "/api/v1/paragraphs/" + otherParagraphId + "/comments/" + id,
            "/api/v1/paragraphs/" + paragraphId + "/comments/999999999",
            "/api/v1/paragraphs/999999999/comments/" + id
        }) {
            var put = api.put(path, basic("editor"), "{\"text\":\"Moved?\"}");
            assertThat(put.status()).as(path).isEqualTo(404);
            assertThat(put.contentType()).as(path).startsWith("application/problem+json");
            assertThat(api.delete(path, basic("editor")).status()).as(path).isEqualTo(404);
            assertThat(post(path + "/resolve", "editor").status()).as(path).isEqualTo(404);
            assertThat(post(path + "/reopen", "editor").status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/paragraphs/" + paragraphId + "/comments", basic("editor"))
                        .json()
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("On the first paragraph.");
    }

    private long comment(String user, String text) {
        var posted = api.post(
                "/api/v1/paragraphs/" + paragraphId + "/comments",
                basic(user),
                "application/json",
                ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).isEqualTo(201);
        return posted.json().get("id").asLong();
    }

    private Api.Response post(String path, String user) {
        return api.post(path, basic(user), "application/json", new byte[0]);
    }
}
