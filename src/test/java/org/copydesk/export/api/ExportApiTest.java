package org.copydesk.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.export.service.ExportFixtures;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The export and import endpoints over real HTTP, as an integration calls them. */
@CopydeskContext
class ExportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleImportService importer;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    Api api;
    long draftId;
    long approvedId;

    @BeforeEach
    void articles() {
        api = new Api(port);
        draftId = ExportFixtures.imported(
                importer, "# Draft <Story> " + System.nanoTime() + "\n\nBody & more.\n", ArticleFormat.MARKDOWN);
        approvedId = ExportFixtures.imported(
                importer, "Approved: Story " + System.nanoTime() + "\n\nBody text here.\n", ArticleFormat.PLAIN_TEXT);
        ExportFixtures.approveAll(jdbc, approvedId);
    }

    @Test
    void one_article_comes_with_its_content_type_and_a_safe_file_name() throws Exception {
        var response = get("/api/v1/articles/" + approvedId + "/export?format=docx", "editor");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"approved-story-\\d+-" + approvedId + "\\.docx\".*");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            assertThat(docx.getParagraphs().getLast().getText()).isEqualTo("Body text here.");
        }
        var xliff = get("/api/v1/articles/" + draftId + "/export?format=xliff", "editor");
        assertThat(xliff.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xliff+xml");
        assertThat(new String(xliff.body(), StandardCharsets.UTF_8)).contains("Body &amp; more.");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void every_format_comes_with_its_content_type_and_an_attachment_named_after_the_title(ExportFormat format)
            throws Exception {
        var response = get("/api/v1/articles/" + approvedId + "/export?format=" + format.code(), "editor");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase(format.mediaType());
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"approved-story-\\d+-" + approvedId + "\\."
                        + format.extension().replace(".", "\\.") + "\".*");
        assertThat(response.body()).isNotEmpty();
    }

    @Test
    void unapproved_clean_copy_is_403_for_an_editor_and_a_draft_for_an_admin() throws Exception {
        var refused = api.get("/api/v1/articles/" + draftId + "/export?format=pdf", basic("editor"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("only an admin");

        var draft = get("/api/v1/articles/" + draftId + "/export?format=txt", "admin");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Copydesk-Draft")).contains("true");
        assertThat(new String(draft.body(), StandardCharsets.UTF_8)).startsWith("DRAFT");
    }

    @Test
    void bad_requests_are_problem_json_that_say_what_is_wrong() {
        var unknownFormat = api.get("/api/v1/articles/" + approvedId + "/export?format=rtf", basic("editor"));
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.json().get("detail").asString())
                .contains("rtf")
                .contains("redline-docx");
        assertThat(api.get("/api/v1/articles/-1/export?format=txt", basic("editor"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/articles/" + approvedId + "/export?format=txt", null)
                        .status())
                .isEqualTo(401);
        var noIds = api.post(
                "/api/v1/exports",
                basic("editor"),
                "application/json",
                "{\"ids\":[],\"formats\":[\"txt\"]}".getBytes());
        assertThat(noIds.status()).isEqualTo(400);
        assertThat(noIds.json().get("detail").asString()).contains("at least one article");
        var badFormat = api.post(
                "/api/v1/exports",
                basic("editor"),
                "application/json",
                ("{\"ids\":[" + approvedId + "],\"formats\":[\"exe\"]}").getBytes());
        assertThat(badFormat.status()).isEqualTo(400);
    }

    @Test
    void a_batch_streams_a_zip_with_every_file_and_the_manifest() throws Exception {
        String body = "{\"ids\":[" + approvedId + "," + draftId + "],\"formats\":[\"md\",\"redline-html\"]}";
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/exports"))
                        .header("Authorization", basic("editor"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"copydesk-export-\\d{8}-\\d{6}\\.zip\".*");
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(4).last().isEqualTo("manifest.csv");
        assertThat(names).filteredOn(n -> n.startsWith("md/")).hasSize(1);
        assertThat(names).filteredOn(n -> n.startsWith("redline-html/")).hasSize(2);
    }

    @Test
    void word_and_html_articles_import_over_the_api() throws Exception {
        byte[] docx = Articles.article("Word Upload")
                .paragraph("A paragraph from Word.")
                .wordFile();
        var fromWord = api.postFile("/api/v1/articles", basic("editor"), "story.docx", docx);
        assertThat(fromWord.status()).isEqualTo(201);
        assertThat(fromWord.json().get("format").asString()).isEqualTo("docx");
        var again = api.postFile("/api/v1/articles", basic("editor"), "story.docx", docx);
        assertThat(again.status()).isEqualTo(200);

        String page = "<html><body><article><h1>Web Upload " + System.nanoTime()
                + "</h1><h2>Part</h2><p>From the web.</p></article></body></html>";
        var fromHtml = api.post("/api/v1/articles", basic("editor"), "text/html; charset=utf-8", page.getBytes());
        assertThat(fromHtml.status()).isEqualTo(201);
        assertThat(fromHtml.json().get("paragraphs").get(0).get("headingLevel").asInt())
                .isEqualTo(2);

        var broken = api.postFile("/api/v1/articles", basic("editor"), "broken.docx", "not a zip".getBytes());
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("problem").asString()).isEqualTo("unreadable");
    }

    @ParameterizedTest
    @EnumSource(
            value = ExportFormat.class,
            names = {"DOCX", "HTML"})
    void a_file_copydesk_exported_imports_back_as_the_same_article_once(ExportFormat format) throws Exception {
        String title = "Round Trip " + format.code() + " " + System.nanoTime();
        long id = ExportFixtures.imported(
                importer,
                "# " + title + "\n\n*By Jane Doe*\n\nPrices rose “sharply” — again.\n\n## Markets & <b>more</b>\n\n"
                        + "### Outlook\n\nAT&T said ]]> <script>x</script>.\n",
                ArticleFormat.MARKDOWN);
        ExportFixtures.approveAll(jdbc, id);
        var exported = get("/api/v1/articles/" + id + "/export?format=" + format.code(), "editor");
        assertThat(exported.statusCode()).isEqualTo(200);

        var imported = api.postFile("/api/v1/articles", basic("editor"), "copy." + format.extension(), exported.body());

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("title").asString()).isEqualTo(title);
        assertThat(imported.json().get("byline").asString()).isEqualTo("By Jane Doe");
        List<String> paragraphs = new ArrayList<>();
        imported.json()
                .get("paragraphs")
                .forEach(p -> paragraphs.add(p.get("kind").asString() + " "
                        + (p.path("headingLevel").isNumber()
                                ? p.get("headingLevel").asInt() + " "
                                : "")
                        + p.get("sourceText").asString()));
        assertThat(paragraphs)
                .containsExactly(
                        "body Prices rose “sharply” — again.",
                        "heading 2 Markets & <b>more</b>",
                        "heading 3 Outlook",
                        "body AT&T said ]]> <script>x</script>.");
        var again = api.postFile("/api/v1/articles", basic("editor"), "copy." + format.extension(), exported.body());
        assertThat(again.status()).isEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", basic(user))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
