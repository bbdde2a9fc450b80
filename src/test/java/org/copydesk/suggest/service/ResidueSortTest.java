package org.copydesk.suggest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copydesk.test_support.Api.basic;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.article.service.ArticleListItem;
import org.copydesk.article.ui.ArticleListView;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

/**
 * Spin residue is measured at import and after every save, stored on the article, and the list sorts by it
 * (most left first) over REST and on the list screen.
 */
@CopydeskContext
class ResidueSortTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    Api api;
    String tag;
    long spun;
    long repaired;
    long clean;

    @BeforeEach
    void threeArticles() {
        api = new Api(port);
        tag = "Rz"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "q");
        spun = importArticle("Officials have actually left the town inChina.", "The minister has actually gone.");
        repaired = importArticle("The mayor has actually resigned.", "Plain words without any spin.");
        clean = importArticle("Plain words without any spin at all.");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> list("residue").stream()
                        .allMatch(a -> !a.get("spinResidue").isNull()));
    }

    private long importArticle(String... paragraphs) {
        var article = Articles.article("Residue " + tag);
        for (String p : paragraphs) {
            article.paragraph(p);
        }
        var response = api.post("/api/v1/articles", basic("editor"), "text/plain; charset=utf-8", article.bytes());
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private List<JsonNode> list(String sort) {
        var response = api.get("/api/v1/articles?q=" + tag + "&sort=" + sort, basic("editor"));
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("content").forEach(items::add);
        return items;
    }

    private double residueOf(long id) {
        return list("residue").stream()
                .filter(a -> a.get("id").asLong() == id)
                .findFirst()
                .orElseThrow()
                .get("spinResidue")
                .asDouble();
    }

    /** Repairs the first paragraph of {@code repaired} and waits until its stored residue has gone down. */
    private void repair() {
        double before = residueOf(repaired);
        var article = api.get("/api/v1/articles/" + repaired, basic("editor")).json();
        JsonNode first = article.get("paragraphs").get(0);
        var saved = api.put(
                "/api/v1/paragraphs/" + first.get("id").asLong(),
                basic("editor"),
                "{\"text\":\"The mayor has resigned.\",\"baseRevision\":"
                        + first.get("revision").asInt() + "}");
        assertThat(saved.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> residueOf(repaired) < before);
    }

    @Test
    void the_rest_list_sorts_by_residue_most_left_first_and_a_save_lowers_it() {
        // Other tests in the shared context teach rules, so the exact figures vary; what nobody repaired stays high.
        assertThat(residueOf(spun)).isGreaterThan(0.5);
        assertThat(residueOf(repaired)).isGreaterThan(0.0);

        repair();

        List<JsonNode> sorted = list("residue");
        assertThat(sorted).extracting(a -> a.get("id").asLong()).containsOnly(spun, clean, repaired);
        assertThat(sorted.getFirst().get("id").asLong()).isEqualTo(spun);
        assertThat(sorted)
                .extracting(a -> a.get("spinResidue").asDouble())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api.get("/api/v1/articles?sort=worst", basic("editor")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/articles?sort=residue", basic("editor")).status())
                .isEqualTo(200);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_list_screen_has_a_residue_column_and_sorts_by_it_from_its_address() {
        repair();
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("q", tag, "sort", "residue")));
        assertThat(find(ArticleListView.class).all()).hasSize(1);

        @SuppressWarnings("unchecked")
        Grid<ArticleListItem> grid = find(Grid.class).single();
        var items = grid.getLazyDataView().getItems().toList();
        assertThat(items).extracting(ArticleListItem::id).containsOnly(spun, clean, repaired);
        assertThat(items.getFirst().id()).isEqualTo(spun);
        assertThat(items).extracting(ArticleListItem::spinResidue).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(grid.getColumns())
                .anySatisfy(c -> assertThat(c.getHeaderText()).isEqualTo("Spin left"));
    }
}
