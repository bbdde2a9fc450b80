package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.copydesk.CopydeskApplication;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared by {@link ConcurrentSavesTest} (one node, in the default run) and {@link TwoNodeConcurrentSaves} (two
 * processes on one database; slow to start, so run by its own command, see BENCHMARKS.md). 20 clients × 100 saves over REST on a few shared paragraphs, each save based on the revision the client last saw
 * (often overtaken by another client) or on a deliberately old one. Afterwards every acknowledged save is the
 * revision it was acknowledged as, every refused save was stale, the chains have no gaps, and nothing answered with
 * anything but 200 or 409. Once against one node, once against two nodes (two processes) on one database.
 */
@CopydeskContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentSaves {

    private static final int CLIENTS = 20;
    private static final int SAVES_PER_CLIENT = 100;
    private static final int PARAGRAPHS = 4;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Process secondNode;

    private int secondPort;

    /** An API token rather than HTTP Basic: Basic costs a bcrypt hash per request, which is not what is measured. */
    private String authorization;

    record Save(long paragraphId, int base, String text, int status, int revision, int currentRevision) {}

    @AfterAll
    void stopSecondNode() {
        if (secondNode != null) {
            secondNode.destroy();
            try {
                secondNode.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            secondNode.destroyForcibly();
        }
    }

    /**
     * The second node is a second Copydesk process on the first one's database (its spring.datasource.url), started
     * from this JVM's class path. Two application contexts in one JVM do not serve HTTP as two nodes would: Spring
     * Security's holder of the signed-in account is JVM-wide, so one context's requests would see the other's.
     */
    int startSecondNode() throws Exception {
        authorization();
        if (secondPort != 0) {
            return secondPort;
        }
        var hikari = dataSource.unwrap(HikariDataSource.class);
        int nodePort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nodePort = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "second-node.log").toAbsolutePath();
        secondNode = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CopydeskApplication.class.getName(),
                        "--spring.datasource.url=" + hikari.getJdbcUrl(),
                        "--spring.datasource.username=" + hikari.getUsername(),
                        "--spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        "--server.port=" + nodePort,
                        "--server.address=127.0.0.1",
                        "--copydesk.seeds.dir=target/no-seeds-for-second-node",
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(secondNode::destroyForcibly));
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!secondNode.isAlive()) {
                throw new AssertionError("the second node stopped; see " + log);
            }
            try {
                if (send(nodePort, "GET", "/actuator/health", "application/json", "")
                                .statusCode()
                        == 200) {
                    secondPort = nodePort;
                    return nodePort;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second node did not answer within 4 minutes; see " + log);
    }

    private String authorization() {
        if (authorization == null) {
            authorization = "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes());
            var created = send(port, "POST", "/api/v1/tokens", "application/json", "{\"name\":\"concurrent saves\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
            assertThat(token.find()).isTrue();
            authorization = "Bearer " + token.group(1);
        }
        return authorization;
    }

    List<Long> importParagraphs(String title) throws Exception {
        return importParagraphs(title, PARAGRAPHS);
    }

    List<Long> importParagraphs(String title, int count) throws Exception {
        authorization();
        var text = new StringBuilder(title + " race " + System.nanoTime() + "\n\nBy Jane Reporter\n\n");
        for (int i = 1; i <= count; i++) {
            text.append("Shared paragraph ").append(i).append(" before the race.\n\n");
        }
        var reply = send(port, "POST", "/api/v1/articles", "text/plain", text.toString());
        assertThat(reply.statusCode()).isEqualTo(201);
        Matcher id = Pattern.compile("^\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(reply.body());
        assertThat(id.find()).isTrue();
        return jdbc.queryForList(
                "select id from paragraphs where article_id = ? and kind = 'BODY' order by position",
                Long.class,
                Long.parseLong(id.group(1)));
    }

    List<Save> run(List<Long> paragraphs, List<Integer> ports) throws Exception {
        assertThat(paragraphs).hasSize(PARAGRAPHS);
        List<Save> saves = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    Random random = new Random(client);
                    int node = ports.get(client % ports.size());
                    Map<Long, Integer> seen = new HashMap<>();
                    for (int i = 0; i < SAVES_PER_CLIENT; i++) {
                        long paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
                        int known = seen.getOrDefault(paragraph, 1);
                        boolean stale = known > 1 && random.nextInt(5) == 0;
                        int base = stale ? 1 + random.nextInt(known - 1) : known;
                        String text = "Client " + client + " save " + i + " on " + base + ".";
                        var reply = send(
                                node,
                                "PUT",
                                "/api/v1/paragraphs/" + paragraph,
                                "application/json",
                                "{\"text\":\"" + text + "\",\"baseRevision\":" + base + "}");
                        int revision = number(reply.body(), "revision");
                        int current = number(reply.body(), "currentRevision");
                        saves.add(new Save(paragraph, base, text, reply.statusCode(), revision, current));
                        if (reply.statusCode() == 200) {
                            seen.put(paragraph, revision);
                        } else if (reply.statusCode() == 409) {
                            seen.put(paragraph, current);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return saves;
    }

    void verify(List<Long> paragraphs, List<Save> saves) {
        assertThat(saves).hasSize(CLIENTS * SAVES_PER_CLIENT);
        Map<Integer, Long> byStatus = new TreeMap<>();
        saves.forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
        System.out.println("concurrent saves by status: " + byStatus);
        // 503 is the retryable "busy" answer of a save that waited past the 3 s lock timeout (on a loaded machine):
        // it wrote nothing, which the count of revisions below proves, as for a 409.
        assertThat(byStatus.keySet()).as("status codes answered").isSubsetOf(200, 409, 503);
        assertThat(byStatus).containsKeys(200, 409);

        Map<Long, Map<Integer, Map<String, Object>>> revisions = new ConcurrentHashMap<>();
        for (long paragraph : paragraphs) {
            Map<Integer, Map<String, Object>> chain = new TreeMap<>();
            jdbc.queryForList(
                            "select number, text, base_revision from revisions where paragraph_id = ? order by number",
                            paragraph)
                    .forEach(row -> chain.put(((Number) row.get("number")).intValue(), row));
            revisions.put(paragraph, chain);
            assertThat(chain.keySet())
                    .as("revision numbers of paragraph %d", paragraph)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, chain.size())
                            .boxed()
                            .toList());
            var head = jdbc.queryForMap("select revision, corrected_text from paragraphs where id = ?", paragraph);
            int last = chain.size();
            assertThat(((Number) head.get("revision")).intValue()).isEqualTo(last);
            assertThat(head.get("corrected_text")).isEqualTo(chain.get(last).get("text"));
        }

        long acknowledged = saves.stream().filter(s -> s.status() == 200).count();
        long edits =
                revisions.values().stream().mapToLong(chain -> chain.size() - 1).sum();
        assertThat(edits).as("revisions beyond the import = acknowledged saves").isEqualTo(acknowledged);
        for (Save save : saves) {
            var chain = revisions.get(save.paragraphId());
            if (save.status() == 200) {
                assertThat(save.revision()).as("acknowledged %s", save).isEqualTo(save.base() + 1);
                assertThat(chain.get(save.revision()).get("text"))
                        .as("lost update %s", save)
                        .isEqualTo(save.text());
                assertThat(((Number) chain.get(save.revision()).get("base_revision")).intValue())
                        .isEqualTo(save.base());
            } else if (save.status() == 409) {
                assertThat(save.currentRevision()).as("conflict %s", save).isGreaterThan(save.base());
                assertThat(chain.get(save.base() + 1).get("text"))
                        .as("the revision that overtook %s", save)
                        .isNotEqualTo(save.text());
            }
        }
    }

    private static int number(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A bearer token of {@code user} (whose password is its name, as for the demo accounts). */
    String token(String user) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
        var created = sendAs(
                port, basic, "POST", "/api/v1/tokens", "{\"name\":\"race " + user + " " + System.nanoTime() + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(token.find()).isTrue();
        return "Bearer " + token.group(1);
    }

    /** The id of the article that {@code paragraphId} belongs to. */
    long articleOf(long paragraphId) {
        return jdbc.queryForObject("select article_id from paragraphs where id = ?", Long.class, paragraphId);
    }

    private HttpResponse<String> send(int port, String method, String path, String type, String body) {
        return send(port, authorization, method, path, type, body);
    }

    HttpResponse<String> sendAs(int port, String authorization, String method, String path, String body) {
        return send(port, authorization, method, path, "application/json", body);
    }

    private HttpResponse<String> send(
            int port, String authorization, String method, String path, String type, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
