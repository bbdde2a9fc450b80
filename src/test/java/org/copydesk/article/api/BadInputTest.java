package org.copydesk.article.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Articles.article;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.TestFailingEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Requests that once cost the server (a 500 with a stack trace, HTML for an API path, an article too big to read)
 * are answered with a clear problem+json, and limits are the same on every path.
 */
@CopydeskContext
class BadInputTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void an_unexpected_error_is_problem_json_without_internals() {
        var response = api.get(TestFailingEndpoint.PATH, basic("editor"));
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("password_hash", "org.copydesk", "trace", "Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/no-such-thing", "/api/v2/articles", "/api/", "/api/v1/articles/1/nope"})
    void an_unknown_api_path_is_404_problem_json_not_the_ui_page(String path) {
        var response = api.get(path, basic("editor"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void a_page_far_beyond_the_list_is_400_problem_json() {
        var response = api.get("/api/v1/articles?page=2147483647&size=500", basic("editor"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("Page 2147483647");
    }

    static Stream<String> malformedMultipart() {
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nTitle\r\n\r\nBody.\r\n";
        return Stream.of(
                "multipart/form-data|--x\r\n" + part + "--x--\r\n",
                "multipart/form-data; boundary=|--\r\n" + part + "----\r\n",
                "multipart/form-data; boundary=x|--x\r\n" + part,
                "multipart/form-data; boundary=x|--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.txt\"\r\n\r\nTitle\r\n\r\nBody.\r\n--x--\r\n");
    }

    @ParameterizedTest
    @MethodSource("malformedMultipart")
    void a_malformed_multipart_upload_is_400_problem_json(String request) {
        String[] typeAndBody = request.split("\\|", 2);
        var response = api.post(
                "/api/v1/articles", basic("editor"), typeAndBody[0], typeAndBody[1].getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api//v1/articles", "/api/v1/articles;jsessionid=abc", "/api/v1/%2e%2e/articles"})
    void an_address_the_firewall_refuses_is_400_problem_json(String path) throws Exception {
        // Raw HTTP, so that no client library tidies the address first.
        String raw = rawGet(path);
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @Test
    void a_valid_10_mb_file_is_accepted_both_as_the_body_and_as_a_multipart_upload_even_with_a_long_name() {
        byte[] tenMegabytes = articleOfExactly(10 * 1024 * 1024, "Ten megabytes as text/plain");
        var asBody = api.post("/api/v1/articles", basic("editor"), "text/plain", tenMegabytes);
        assertThat(asBody.status())
                .as(asBody.body().substring(0, Math.min(300, asBody.body().length())))
                .isEqualTo(201);

        byte[] again = articleOfExactly(10 * 1024 * 1024, "Ten megabytes as multipart");
        String longName = "a".repeat(1_000) + ".txt";
        var asFile = api.postFile("/api/v1/articles", basic("editor"), longName, again);
        assertThat(asFile.status())
                .as(asFile.body().substring(0, Math.min(300, asFile.body().length())))
                .isEqualTo(201);

        byte[] oneByteTooMany = articleOfExactly(10 * 1024 * 1024 + 1, "One byte too many");
        assertThat(api.postFile("/api/v1/articles", basic("editor"), "big.txt", oneByteTooMany)
                        .status())
                .isEqualTo(413);
        assertThat(api.post("/api/v1/articles", basic("editor"), "text/plain", oneByteTooMany)
                        .status())
                .isEqualTo(413);
    }

    @Test
    void an_article_with_more_than_20000_paragraphs_is_refused_with_its_reason() {
        var text = article("Too many paragraphs");
        for (int i = 0; i < 20_001; i++) {
            text.paragraph("Line " + i + ".");
        }
        var response = api.post("/api/v1/articles", basic("editor"), "text/plain", text.bytes());
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("problem").asString()).isEqualTo("too_many_paragraphs");
        assertThat(response.json().get("detail").asString()).contains("20,000");
    }

    @Test
    void a_long_article_is_streamed_page_by_page_as_the_same_document() {
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain",
                article("Streamed").paragraphs(1_234).bytes());
        long id = created.json().get("id").asLong();

        var streamed = api.get("/api/v1/articles/" + id, basic("reviewer"));

        assertThat(streamed.status()).isEqualTo(200);
        assertThat(streamed.contentType()).startsWith("application/json");
        String expected =
                json.writeValueAsString(AsUser.editor(() -> articles.find(id).orElseThrow()));
        assertThat(json.readTree(streamed.body())).isEqualTo(json.readTree(expected));
        assertThat(streamed.json().get("paragraphs").size()).isEqualTo(1_234);
        assertThat(streamed.json().get("paragraphs").get(1_233).get("position").asInt())
                .isEqualTo(1_233);
    }

    @Test
    void the_api_document_lists_plain_text_and_markdown_import_bodies() {
        JsonNode post = api.get("/v3/api-docs", null).json().at("/paths/~1api~1v1~1articles/post/requestBody/content");
        assertThat(post.propertyNames()).contains("text/plain", "text/markdown", "multipart/form-data");
    }

    private static byte[] articleOfExactly(int size, String title) {
        var out = new ByteArrayOutputStream(size);
        byte[] head = (title + " " + System.nanoTime() + "\n\nJane Reporter\n\n").getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        String paragraph =
                "The quick brown fox informed RFA that the federal government inChina has actually ".repeat(60);
        byte[] block = (paragraph.strip() + "\n\n").getBytes(StandardCharsets.UTF_8);
        while (out.size() + block.length < size - 100) {
            out.writeBytes(block);
        }
        int rest = size - out.size();
        out.writeBytes(("x".repeat(rest - 1) + ".").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String rawGet(String path) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic("editor")
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
