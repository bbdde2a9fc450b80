package org.copydesk.suggest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Articles.article;
import static org.copydesk.test_support.MadeUpWords.word;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.suggest.service.SuggestionDecisions;
import org.copydesk.suggest.service.SuggestionService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The unspin assistant's REST contract, over real HTTP: suggestions, learning from pairs, rules, findings. */
@CopydeskContext
class SuggestApiTest {

    @LocalServerPort
    int port;

    @Autowired
    LearningService learning;

    @Autowired
    SuggestionDecisions decisions;

    @Autowired
    SuggestionService suggestions;

    Api api;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private List<JsonNode> suggest(String text) {
        var response =
                api.post("/api/v1/suggestions", basic("editor"), "text/plain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        response.json().forEach(list::add);
        return list;
    }

    @Test
    void suggestions_are_sorted_non_overlapping_utf16_spans_of_the_body() {
        String text =
                "😀 Officials have actually informed reporters inChina that the source stated. “He has actually gone,” he stated.";
        List<JsonNode> suggestions = suggest(text);
        assertThat(suggestions).isNotEmpty();
        int end = -1;
        for (JsonNode s : suggestions) {
            int start = s.get("start").asInt();
            assertThat(start).isGreaterThanOrEqualTo(end);
            end = s.get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(s.get("original").asString());
            assertThat(s.get("confidence").asString()).isIn("confident", "possible");
            assertThat(s.get("reason").asString()).isNotBlank();
            assertThat(s.get("source").asString()).isNotBlank();
            assertThat(s.has("replacement")).isTrue();
        }
        assertThat(suggestions)
                .extracting(s -> s.get("original").asString())
                .contains("inChina", " actually", "informed");
        assertThat(suggestions)
                .noneMatch(s -> s.get("start").asInt() > text.indexOf("“")
                        && s.get("end").asInt() < text.indexOf("”"));
        assertThat(suggest("")).isEmpty();
        assertThat(api.post("/api/v1/suggestions", null, "text/plain", "x".getBytes())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void teaching_pairs_with_merged_and_split_paragraphs_learns_rules_used_at_once() {
        String spun1 = word();
        String spun2 = word();
        String pair = pairJson(
                "The council " + spun1 + " the plan on Monday.\n\nIt will cost 5 million. Work starts in May.\n\n"
                        + "The mayor " + spun2 + " critics.\n\nThey were not convinced by the answer.",
                "The council approved the plan on Monday.\n\nIt will cost 5 million.\n\nWork starts in May.\n\n"
                        + "The mayor answered critics. They were not convinced by the answer.");
        var first = api.post(
                "/api/v1/learning/pairs", basic("admin"), "application/json", pair.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("alignment").toString())
                .contains("{\"spun\":[1],\"original\":[1,2]")
                .contains("{\"spun\":[2,3],\"original\":[3]");
        assertThat(first.json().get("rules").toString()).contains(spun1, "approved", spun2, "answered");

        String text = "Yesterday the board " + spun1 + " it.";
        assertThat(suggest(text)).anySatisfy(s -> {
            assertThat(s.get("source").asString()).isEqualTo("learned");
            assertThat(s.get("replacement").asString()).isEqualTo("approved");
            assertThat(s.get("confidence").asString()).isEqualTo("possible");
        });

        String second = pairJson("The panel " + spun1 + " the budget.", "The panel approved the budget.");
        assertThat(api.post(
                                "/api/v1/learning/pairs",
                                basic("admin"),
                                "application/json",
                                second.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(201);
        assertThat(suggest(text))
                .anySatisfy(s -> assertThat(s.get("confidence").asString()).isEqualTo("confident"));
    }

    @Test
    void a_phrase_kept_unchanged_in_another_pair_never_becomes_confident() {
        String spun = word();
        post(pairJson("They " + spun + " the town.", "They left the town."));
        post(pairJson("We " + spun + " the city.", "We left the city."));
        post(pairJson("You " + spun + " the port.", "You " + spun + " the port."));
        assertThat(suggest("He " + spun + " home."))
                .noneMatch(s -> s.get("confidence").asString().equals("confident"));
    }

    @Test
    void pairs_can_be_uploaded_as_two_files() {
        String spun = word();
        var response = api.postParts(
                "/api/v1/learning/pairs",
                basic("admin"),
                List.of(
                        new Api.Part("spun", "spun.txt", ("We " + spun + " it.").getBytes(StandardCharsets.UTF_8)),
                        new Api.Part("original", "original.txt", "We did it.".getBytes(StandardCharsets.UTF_8))));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("changesSeen").asInt()).isPositive();
    }

    @Test
    void bad_pairs_are_refused_as_problem_json_and_editors_may_not_teach() {
        var empty = api.post(
                "/api/v1/learning/pairs",
                basic("admin"),
                "application/json",
                pairJson("", "Something.").getBytes(StandardCharsets.UTF_8));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        var unrelated = api.post(
                "/api/v1/learning/pairs",
                basic("admin"),
                "application/json",
                pairJson("Apples grow on trees.", "Quantum chromodynamics binds quarks.")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(unrelated.status()).isEqualTo(400);
        var oneFile = api.postFile("/api/v1/learning/pairs", basic("admin"), "spun.txt", "Text.".getBytes());
        assertThat(oneFile.status()).isEqualTo(400);
        assertThat(oneFile.contentType()).startsWith("application/problem+json");
        var editor = api.post(
                "/api/v1/learning/pairs",
                basic("editor"),
                "application/json",
                pairJson("We did it.", "We did it.").getBytes(StandardCharsets.UTF_8));
        assertThat(editor.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/learning/rules", basic("editor")).status()).isEqualTo(403);
    }

    @Test
    void admins_see_edit_and_retire_learned_rules() {
        String spun = word();
        post(pairJson("They " + spun + " it.", "They sold it."));
        JsonNode rule = null;
        for (JsonNode r : api.get("/api/v1/learning/rules", basic("admin")).json()) {
            if (r.get("from").asString().equals(spun)) {
                rule = r;
            }
        }
        assertThat(rule).isNotNull();
        long id = rule.get("id").asLong();
        var edited = api.put(
                "/api/v1/learning/rules/" + id,
                basic("admin"),
                "{\"from\":\"" + spun + "\",\"to\":\"bought\",\"retired\":false}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(suggest("We " + spun + " it."))
                .anyMatch(s -> s.get("replacement").asString().equals("bought"));
        assertThat(api.put("/api/v1/learning/rules/" + id, basic("editor"), "{\"from\":\"a\",\"to\":\"b\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/learning/rules/" + id, basic("admin")).status())
                .isEqualTo(200);
        assertThat(suggest("We " + spun + " it."))
                .noneMatch(s -> s.get("source").asString().equals("learned"));
        assertThat(api.delete("/api/v1/learning/rules/999999999", basic("admin"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void accepting_and_rejecting_a_suggestion_teaches_a_learned_fix() {
        String spun = word();
        AsUser.editor(() -> {
            learning.recordDecision(spun, "found", true);
            return null;
        });
        AsUser.editor2(() -> {
            learning.recordDecision(spun, "found", true);
            return null;
        });
        assertThat(suggest("We " + spun + " it."))
                .anySatisfy(s -> assertThat(s.get("confidence").asString()).isEqualTo("confident"));
        AsUser.editor(() -> {
            learning.recordDecision(spun, "found", false);
            return null;
        });
        assertThat(suggest("We " + spun + " it."))
                .anySatisfy(s -> assertThat(s.get("confidence").asString()).isEqualTo("possible"));
    }

    @Test
    void accepting_in_the_workspace_writes_a_suggestion_accepted_revision_and_rejecting_teaches_too() {
        String spun = word();
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain; charset=utf-8",
                article("Accept")
                        .paragraph("Officials have actually " + spun + " the plan.")
                        .bytes());
        JsonNode paragraph = created.json().get("paragraphs").get(0);
        long id = paragraph.get("id").asLong();
        String text = paragraph.get("correctedText").asString();
        var result = AsUser.editor(() -> {
            var confident = suggestions.suggest(text).stream()
                    .filter(s -> s.confident())
                    .toList();
            return decisions.accept(id, paragraph.get("revision").asInt(), text, confident);
        });
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(((SaveResult.Saved) result).paragraph().correctedText())
                .isEqualTo("Officials have " + spun + " the plan.");
        var revisions = api.get("/api/v1/paragraphs/" + id + "/revisions", basic("editor"))
                .json();
        JsonNode last = revisions.get(revisions.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("suggestion_accepted");

        assertThat(AsUser.call("admin", () -> learning.rules(), org.copydesk.security.Role.ADMIN))
                .anySatisfy(r -> {
                    assertThat(r.from()).isEqualTo("have actually");
                    assertThat(r.to()).isEqualTo("have");
                    assertThat(r.accepted()).isPositive();
                });
    }

    @Test
    void a_saved_edit_teaches_a_fix_after_the_save_commits() {
        String spun = word();
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain; charset=utf-8",
                article("Learning")
                        .paragraph("The minister " + spun + " the law on Friday.")
                        .bytes());
        JsonNode paragraph = created.json().get("paragraphs").get(0);
        var saved = api.put(
                "/api/v1/paragraphs/" + paragraph.get("id").asLong(),
                basic("editor"),
                "{\"text\":\"The minister signed the law on Friday.\",\"baseRevision\":"
                        + paragraph.get("revision").asInt() + "}");
        assertThat(saved.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(suggest("She " + spun + " it."))
                        .anyMatch(s -> s.get("replacement").asString().equals("signed")));
    }

    @Test
    void findings_report_errors_that_block_submission() {
        var created = api.post(
                "/api/v1/articles",
                basic("editor"),
                "text/plain; charset=utf-8",
                article("Findings")
                        .paragraph("Between 30,000 and 50,000 people left inChina in 2009.")
                        .bytes());
        JsonNode paragraph = created.json().get("paragraphs").get(0);
        long id = paragraph.get("id").asLong();
        api.put(
                "/api/v1/paragraphs/" + id,
                basic("editor"),
                "{\"text\":\"Between 30,000 and 5,000 people left the the country in 2009.\",\"baseRevision\":"
                        + paragraph.get("revision").asInt() + "}");
        var findings = api.get("/api/v1/paragraphs/" + id + "/findings", basic("editor"));
        assertThat(findings.status()).isEqualTo(200);
        assertThat(findings.json().get("blocksSubmission").asBoolean()).isTrue();
        assertThat(findings.json().get("findings").toString()).contains("numbers", "doubled-words");
        assertThat(api.get("/api/v1/paragraphs/999999999/findings", basic("editor"))
                        .status())
                .isEqualTo(404);
    }

    private void post(String pair) {
        assertThat(api.post(
                                "/api/v1/learning/pairs",
                                basic("admin"),
                                "application/json",
                                pair.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(201);
    }

    private String pairJson(String spun, String original) {
        var node = json.createObjectNode();
        node.put("spun", spun);
        node.put("original", original);
        return node.toString();
    }
}
