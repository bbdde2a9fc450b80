package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SQL injection and path traversal through search and replace, the list's filters, ids in paths, export formats
 * and file names change nothing: every answer is a correct result or a 4xx problem+json, and a checksum of every
 * table's content is the same before and after the probes (the audit log only gains the exports and sign-ins it
 * must record).
 */
@CopydeskContext
class InjectionChangesNothingTest {

    /** Strings that would change or reveal data if they ever reached SQL as code instead of as a value. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "1 OR 1=1",
            "'; DROP TABLE revisions; --",
            "1; UPDATE paragraphs SET corrected_text = 'owned' --",
            "%' OR 1=1 --",
            "' UNION SELECT password_hash, null FROM accounts --",
            "$$; DELETE FROM articles; $$",
            "\\'; SELECT pg_sleep(30); --",
            "title; DROP TABLE articles",
            "activity desc, (select 1 from accounts)");

    /** Titles that would escape a folder or split a header if a file name were built from them carelessly. */
    static final List<String> HOSTILE_TITLES =
            List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "x' OR '1'='1 report", "/root/.ssh/id_rsa");

    static final List<String> ODD_IDS = List.of(
            "1%20OR%201=1",
            "1'%20OR%20'1'='1",
            "..%2F..%2Fetc%2Fpasswd",
            "..%5C..%5Cx",
            "%2e%2e",
            "..",
            "99999999999999999999",
            "-1",
            "0",
            "1e3",
            "%27");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    final List<String> answers = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void search_filters_ids_and_export_names_change_nothing_and_answer_4xx_or_correct_results() throws Exception {
        long planted = importArticle("Planted", "This paragraph quotes ' OR '1'='1 as an example of an attack.");
        List<Long> hostile = new ArrayList<>();
        for (String title : HOSTILE_TITLES) {
            hostile.add(importArticle(title, "A paragraph of an article with an unusual title."));
        }
        Map<String, String> before = quietChecksums();
        long auditBefore = count("audit_log");
        long publicationsBefore = count("event_publication");

        for (String injection : INJECTIONS) {
            String q = URLEncoder.encode(injection, StandardCharsets.UTF_8);
            var byTitle = probe(api.get("/api/v1/articles?q=" + q, basic("editor")));
            if (byTitle.status() == 200) {
                byTitle.json()
                        .get("content")
                        .forEach(item -> assertThat(item.get("title").asString().toLowerCase())
                                .as("list filtered by %s", injection)
                                .contains(injection.strip().toLowerCase()));
            }
            assertThat(probe(api.get("/api/v1/articles?status=" + q, basic("editor")))
                            .status())
                    .isEqualTo(400);
            assertThat(probe(api.get("/api/v1/articles?sort=" + q, basic("editor")))
                            .status())
                    .isEqualTo(400);
            var found = probe(api.post(
                    "/api/v1/search",
                    basic("editor"),
                    "application/json",
                    json(Map.of("query", injection, "filter", Map.of("editedBy", injection)))));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("hitCount").asLong())
                    .as("edited by %s", injection)
                    .isZero();
            var search = probe(api.post(
                    "/api/v1/search",
                    basic("editor"),
                    "application/json",
                    json(Map.of("query", injection, "filter", Map.of("articleIds", List.of(planted))))));
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.json().get("hitCount").asLong())
                    .as("search for %s", injection)
                    .isEqualTo(injection.equals("' OR '1'='1") ? 1 : 0);
            probe(api.post(
                    "/api/v1/search",
                    basic("editor"),
                    "application/json",
                    json(Map.of("query", injection, "regex", true))));
            var preview = probe(api.post(
                    "/api/v1/replace/preview",
                    basic("editor"),
                    "application/json",
                    json(Map.of("query", injection + " nowhere in any text", "replacement", injection))));
            assertThat(preview.status()).isIn(200, 400, 422);
            probe(api.post(
                    "/api/v1/replace/apply",
                    basic("editor"),
                    "application/json",
                    json(Map.of("previewId", injection))));
            probe(api.post(
                    "/api/v1/replace/undo", basic("editor"), "application/json", json(Map.of("previewId", injection))));
            var format = probe(api.get("/api/v1/articles/" + planted + "/export?format=" + q, basic("admin")));
            assertThat(format.status()).isEqualTo(400);
            probe(api.get("/api/v1/audit?actor=" + q + "&action=" + q, basic("admin")));
            probe(api.get("/api/v1/review-queue?editor=" + q, basic("reviewer")));
        }
        for (String id : ODD_IDS) {
            for (String path : List.of(
                    "/api/v1/articles/%s",
                    "/api/v1/articles/%s/export?format=txt",
                    "/api/v1/paragraphs/%s/revisions",
                    "/api/v1/paragraphs/%s/comments",
                    "/api/v1/paragraphs/%s/findings")) {
                probe(api.get(path.formatted(id), basic("admin")));
            }
            probe(api.put("/api/v1/paragraphs/" + id, basic("editor"), "{\"text\":\"owned\",\"baseRevision\":1}"));
            probe(api.post(
                    "/api/v1/paragraphs/" + id + "/approve", basic("reviewer"), "application/json", new byte[0]));
            probe(api.delete("/api/v1/saved-searches/" + id, basic("editor")));
            probe(api.delete("/api/v1/tokens/" + id, basic("editor")));
        }
        for (long article : hostile) {
            for (String format : List.of("txt", "md", "html", "docx", "xliff", "redline-html")) {
                var file = probe(api.get("/api/v1/articles/" + article + "/export?format=" + format, basic("admin")));
                assertThat(file.status()).isEqualTo(200);
                String disposition =
                        file.headers().firstValue("Content-Disposition").orElseThrow();
                assertThat(disposition)
                        .as("Content-Disposition of article %d", article)
                        .startsWith("attachment;")
                        .doesNotContain("..", "/", "\\", "\r", "\n", "\u0000");
            }
        }

        Map<String, String> after = checksums();
        assertThat(after)
                .as("every table's content after %d probes", answers.size())
                .isEqualTo(before);
        assertThat(jdbc.queryForList("select action from audit_log order by id offset ?", String.class, auditBefore))
                .as("audit entries the probes added: the exports, and HTTP Basic sign-ins (first in a minute)")
                .allSatisfy(action -> assertThat(action.toLowerCase()).containsAnyOf("export", "sign_in"));
        assertThat(jdbc.queryForList(
                        "select event_type from event_publication order by publication_date offset ?",
                        String.class,
                        publicationsBefore))
                .as("events the probes published")
                .allSatisfy(type -> assertThat(type).endsWith("ArticleExported"));
        assertThat(answers).as("answers to the probes").noneMatch(a -> a.startsWith("5"));
        System.out.println("injection probes: " + answers.size() + " requests, by status " + byStatus());
    }

    @Test
    void hostile_import_file_names_store_articles_under_their_titles_and_nothing_else() {
        long articlesBefore = count("articles");
        int imported = 0;
        for (String name : List.of(
                "../../etc/passwd.txt",
                "..\\..\\windows\\win.ini.md",
                "/tmp/owned.txt",
                "a\u0000.txt",
                "a\r\nContent-Type: text/html.txt",
                "%2e%2e%2f%2e%2e%2fx.txt",
                "' OR 1=1 --.txt")) {
            String title = "Named upload " + System.nanoTime();
            var answer = probe(api.postFile(
                    "/api/v1/articles",
                    basic("editor"),
                    name,
                    (title + "\n\nBy Jane Reporter\n\nA paragraph uploaded under a hostile file name.\n")
                            .getBytes(StandardCharsets.UTF_8)));
            assertThat(answer.status())
                    .as("upload named %s", name)
                    .satisfiesAnyOf(
                            s -> assertThat(s).isEqualTo(201),
                            s -> assertThat(s).isBetween(400, 499));
            if (answer.status() == 201) {
                imported++;
                assertThat(answer.json().get("title").asString()).isEqualTo(title);
            }
        }
        assertThat(count("articles")).isEqualTo(articlesBefore + imported);
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/owned.txt")))
                .isFalse();
        assertThat(answers).noneMatch(a -> a.startsWith("5"));
    }

    private Api.Response probe(Api.Response response) {
        answers.add(Integer.toString(response.status()));
        assertThat(response.status()).as(response.body()).isLessThan(500);
        boolean connector = response.contentType().startsWith("text/html")
                && response.body().contains("<title>HTTP Status 4");
        if (connector) {
            // Tomcat's connector refuses an encoded slash or backslash itself, before any application code runs.
            answers.set(answers.size() - 1, response.status() + " (Tomcat connector)");
        } else if (response.status() >= 400) {
            assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("org.copydesk", "Exception", "PSQL", "SQLState", "\tat ");
        }
        return response;
    }

    private Map<String, Long> byStatus() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a, 1L, Long::sum));
        return counts;
    }

    private long importArticle(String title, String paragraph) {
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain",
                (title + "\n\nBy Jane Reporter\n\n" + paragraph + " " + System.nanoTime() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** Checksums once the background work of earlier writes (learning, notifications) has settled. */
    private Map<String, String> quietChecksums() throws InterruptedException {
        Map<String, String> last = checksums();
        for (int i = 0; i < 60; i++) {
            Thread.sleep(500);
            Map<String, String> now = checksums();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the database did not settle");
    }

    /**
     * An MD5 of every row of every table, apart from the records that reads are meant to leave: the audit log and the
     * event publications of the exports (checked separately), and stored replace previews (a preview is stored by
     * design; the paragraphs it would change are in the checksum).
     */
    private Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' and table_name not in ('audit_log', 'event_publication', 'replace_previews')"
                        + " order by table_name",
                String.class)) {
            sums.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from \"" + table + "\" t",
                            String.class));
        }
        return sums;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static byte[] json(Object value) {
        return new tools.jackson.databind.ObjectMapper().writeValueAsBytes(value);
    }
}
