package org.copydesk.suggest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.MadeUpWords.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.security.Role;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Teaching from a ZIP of reference pairs over REST: what it learns, what it refuses (naming the file), who may. */
@CopydeskContext
class PairZipApiTest {

    @LocalServerPort
    int port;

    @Autowired
    LearningService learning;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** A ZIP with these entries: name, content, name, content, … */
    static byte[] zip(Object... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                out.write(
                        entries[i + 1] instanceof byte[] b
                                ? b
                                : ((String) entries[i + 1]).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Api.Response upload(String user, byte[] zip) {
        return api.postParts("/api/v1/learning/pairs", basic(user), List.of(new Api.Part("pairs", "pairs.zip", zip)));
    }

    private List<String> ruleSources() {
        return AsUser.call("admin", () -> learning.rules(), Role.ADMIN).stream()
                .map(r -> r.from())
                .toList();
    }

    private List<JsonNode> suggest(String text) {
        var response =
                api.post("/api/v1/suggestions", basic("editor"), "text/plain", text.getBytes(StandardCharsets.UTF_8));
        List<JsonNode> list = new ArrayList<>();
        response.json().forEach(list::add);
        return list;
    }

    @Test
    void a_zip_of_pairs_teaches_every_pair_and_says_what_each_aligned_and_learned() throws IOException {
        String a = word();
        String b = word();
        var response = upload(
                "admin",
                zip(
                        "pairs/01-spun.txt", "The council " + a + " the plan.\n\nWork starts in May.",
                        "pairs/01-original.txt", "The council approved the plan.\n\nWork starts in May.",
                        "pairs/", "",
                        "02-SPUN.txt", "The mayor " + b + " critics on Friday.",
                        "02-original.txt", "The mayor answered critics on Friday."));

        assertThat(response.status()).isEqualTo(201);
        JsonNode pairs = response.json().get("pairs");
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).get("name").asString()).isEqualTo("01");
        assertThat(pairs.get(0).get("learned").get("alignment")).hasSize(2);
        assertThat(pairs.get(0).get("learned").get("rules").toString()).contains(a, "approved");
        assertThat(pairs.get(1).get("learned").get("changesSeen").asInt()).isPositive();
        assertThat(suggest("Yesterday the board " + b + " it."))
                .anySatisfy(s -> assertThat(s.get("replacement").asString()).isEqualTo("answered"));
    }

    @Test
    void a_file_that_cannot_be_used_refuses_the_whole_zip_naming_it_and_nothing_is_learned() throws IOException {
        String good = word();
        String goodPair0 = "The council " + good + " the plan.";
        String goodPair1 = "The council approved the plan.";

        var unmatched =
                upload("admin", zip("01-spun.txt", goodPair0, "01-original.txt", goodPair1, "notes.txt", "hello"));
        assertThat(unmatched.status()).isEqualTo(400);
        assertThat(unmatched.contentType()).startsWith("application/problem+json");
        assertThat(unmatched.json().get("file").asString()).isEqualTo("notes.txt");

        var alone = upload("admin", zip("01-spun.txt", goodPair0, "01-original.txt", goodPair1, "07-spun.txt", "x"));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.json().get("file").asString()).isEqualTo("07-spun.txt");
        assertThat(alone.json().get("detail").asString()).contains("-original.txt");

        var latin1 = upload(
                "admin",
                zip(
                        "01-spun.txt",
                        goodPair0,
                        "01-original.txt",
                        "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.json().get("file").asString()).isEqualTo("01-original.txt");
        assertThat(latin1.json().get("detail").asString()).contains("UTF-8");

        var unrelated = upload(
                "admin",
                zip(
                        "01-spun.txt",
                        goodPair0,
                        "01-original.txt",
                        goodPair1,
                        "02-spun.txt",
                        "Apples grow on trees.",
                        "02-original.txt",
                        "Quantum chromodynamics binds quarks."));
        assertThat(unrelated.status()).isEqualTo(400);
        assertThat(unrelated.json().get("pair").asString()).isEqualTo("02");

        var notZip = upload("admin", "plain text".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.json().get("file").asString()).isEqualTo("pairs");

        assertThat(ruleSources()).noneMatch(from -> from.contains(good));
    }

    @Test
    void a_zip_bomb_is_refused_after_a_bounded_read() throws IOException {
        byte[] zeros = new byte[64 << 20];
        byte[] bomb = zip("01-spun.txt", zeros, "01-original.txt", "Text.");
        assertThat(bomb.length).isLessThan(1 << 20);

        var response = upload("admin", bomb);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("file").asString()).isEqualTo("01-spun.txt");
        assertThat(response.json().get("detail").asString()).contains("expands");
    }

    @Test
    void too_many_files_are_refused() throws IOException {
        Object[] entries = new Object[2 * 202];
        for (int i = 0; i < 202; i++) {
            entries[2 * i] = String.format("%03d-%s.txt", i / 2, i % 2 == 0 ? "spun" : "original");
            entries[2 * i + 1] = "Text.";
        }
        var response = upload("admin", zip(entries));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("more than 200 files");
    }

    @Test
    void editors_may_not_teach_from_a_zip() throws IOException {
        String spun = word();
        var response = upload("editor", zip("01-spun.txt", "We " + spun + " it.", "01-original.txt", "We did it."));
        assertThat(response.status()).isEqualTo(403);
        assertThat(ruleSources()).noneMatch(from -> from.contains(spun));
    }
}
