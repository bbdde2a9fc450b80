package org.copydesk.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.search.SearchField;
import org.copydesk.search.SearchFilter;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchScope;
import org.copydesk.search.matching.MatchContext;
import org.copydesk.search.matching.PatternSpec;
import org.copydesk.search.test_support.SearchFixtures;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@CopydeskContext
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    JdbcTemplate jdbc;

    SearchFixtures fixtures;
    String word;

    @BeforeEach
    void fixtures() {
        fixtures = new SearchFixtures(importer, articles, jdbc);
        word = SearchFixtures.uniqueWord();
    }

    @Test
    void a_plain_text_search_finds_every_match_with_context_and_counts_per_article() {
        long first = fixtures.article(
                "The federal government informed RFA about " + word + " twice: " + word + ".", "Nothing to see here.");
        long second = fixtures.article("Officials said " + word.toUpperCase() + " was closed.");

        var page = found(search(word));

        assertThat(page.hitCount()).isEqualTo(2);
        assertThat(page.matchCount()).isEqualTo(3);
        assertThat(page.articles())
                .extracting(ArticleHits::articleId, ArticleHits::hits, ArticleHits::matches)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, 1, 2),
                        org.assertj.core.groups.Tuple.tuple(second, 1, 1));
        var hit = page.hits().getFirst();
        assertThat(hit.field()).isEqualTo(SearchField.CORRECTED);
        assertThat(hit.position()).isZero();
        assertThat(hit.contexts().getFirst())
                .isEqualTo(
                        new MatchContext("The federal government informed RFA about ", word, " twice: " + word + "."));
    }

    @Test
    void source_and_corrected_text_are_searched_as_asked() {
        long id = fixtures.article("They left inChina for " + word + ".");
        long paragraph = fixtures.paragraph(id, 0).id();
        AsUser.editor(() -> editing.save(paragraph, "They left in China.", 1));

        assertThat(found(search(word, SearchScope.SOURCE, SearchFilter.NONE)).hitCount())
                .isEqualTo(1);
        assertThat(found(search(word, SearchScope.CORRECTED, SearchFilter.NONE)).hitCount())
                .isZero();
        var both = found(search(word, SearchScope.BOTH, SearchFilter.NONE));
        assertThat(both.hits()).extracting(SearchHit::field).containsExactly(SearchField.SOURCE);
    }

    @Test
    void filters_narrow_by_article_paragraph_status_editor_and_date() {
        long first = fixtures.article("One " + word + ".", "Two " + word + ".");
        long second = fixtures.article("Three " + word + ".");
        long edited = fixtures.paragraph(first, 1).id();
        AsUser.editor2(() -> editing.save(edited, "Two " + word + ", edited.", 1));

        assertThat(hits(new SearchFilter(null, Set.of(second), Set.of(), null, null, null)))
                .isEqualTo(1);
        assertThat(hits(new SearchFilter(null, Set.of(), Set.of(ParagraphStatus.EDITED), null, null, null)))
                .isEqualTo(1);
        assertThat(hits(new SearchFilter(null, Set.of(), Set.of(), "editor2", null, null)))
                .isEqualTo(1);
        assertThat(hits(new SearchFilter(null, Set.of(), Set.of(), "editor", null, null)))
                .isZero();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(hits(new SearchFilter(null, Set.of(), Set.of(), null, today.minusDays(1), today.plusDays(1))))
                .isEqualTo(3);
        assertThat(hits(new SearchFilter(null, Set.of(), Set.of(), null, today.plusDays(1), null)))
                .isZero();
        assertThat(hits(new SearchFilter(ArticleStatus.IN_PROGRESS, Set.of(), Set.of(), null, null, null)))
                .isEqualTo(2);
        assertThat(hits(new SearchFilter(ArticleStatus.NEW, Set.of(), Set.of(), null, null, null)))
                .isEqualTo(1);
        assertThat(hits(new SearchFilter(ArticleStatus.APPROVED, Set.of(), Set.of(), null, null, null)))
                .isZero();
        fixtures.paragraphs(second).forEach(p -> fixtures.approve(p.id()));
        assertThat(hits(new SearchFilter(ArticleStatus.APPROVED, Set.of(), Set.of(), null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void whole_word_and_case_options_reach_the_database_narrowing_unchanged() {
        fixtures.article(word + "s and " + word + ".", "Shouting " + word.toUpperCase() + "!");

        assertThat(found(search(new PatternSpec(word, false, false, true))).matchCount())
                .isEqualTo(2);
        assertThat(found(search(new PatternSpec(word, false, true, false))).matchCount())
                .isEqualTo(2);
        assertThat(found(search(new PatternSpec(word.toUpperCase(), false, true, false)))
                        .matchCount())
                .isEqualTo(1);
    }

    @Test
    void a_case_insensitive_search_for_non_ascii_text_misses_nothing() {
        fixtures.article("Le CAFÉ " + word + " et le café.");

        assertThat(found(search(new PatternSpec("café " + word, false, false, false)))
                        .matchCount())
                .isEqualTo(1);
        assertThat(found(search(new PatternSpec("ÉTÉ" + word, false, false, false)))
                        .matchCount())
                .isZero();
    }

    @Test
    void a_regular_expression_search_finds_its_matches() {
        fixtures.article("A 60- day visit to " + word + ".", "A 90- day one to " + word + ".");

        var page = found(search(new PatternSpec("(\\d+)- day visit to " + word, true, true, false)));

        assertThat(page.hitCount()).isEqualTo(1);
        assertThat(page.hits().getFirst().contexts().getFirst().match()).isEqualTo("60- day visit to " + word);
    }

    @Test
    void results_come_in_pages_with_totals_over_all_pages() {
        fixtures.article(word + " 1.", word + " 2.", word + " 3.", word + " 4.", word + " 5.");

        var page = found(AsUser.editor(() -> search.search(everywhere(PatternSpec.literal(word)), 1, 2)));

        assertThat(page.hitCount()).isEqualTo(5);
        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(page.hits()).extracting(SearchHit::position).containsExactly(2, 3);
    }

    @Test
    void unsupported_regex_syntax_and_bad_paging_are_refused_with_a_reason() {
        var lookbehind = AsUser.editor(() -> search.search(everywhere(PatternSpec.regex("(?<=x)y")), 0, 20));
        assertThat(lookbehind)
                .isInstanceOfSatisfying(
                        SearchResult.Invalid.class,
                        invalid -> assertThat(invalid.reason()).contains("Lookahead and lookbehind"));
        assertThat(AsUser.editor(() -> search.search(everywhere(PatternSpec.literal(word)), 0, 1000)))
                .isInstanceOf(SearchResult.Invalid.class);
        var backwards =
                new SearchFilter(null, Set.of(), Set.of(), null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));
        assertThat(AsUser.editor(() ->
                        search.search(new SearchQuery(PatternSpec.literal(word), SearchScope.BOTH, backwards), 0, 20)))
                .isInstanceOf(SearchResult.Invalid.class);
    }

    @Test
    void a_search_over_its_time_budget_stops_and_says_so() {
        fixtures.article("Budget " + word + ".");

        var result =
                AsUser.editor(() -> search.search(everywhere(PatternSpec.regex("[a-z]+")), 0, 20, Duration.ofNanos(1)));

        assertThat(result)
                .isInstanceOfSatisfying(
                        SearchResult.TimedOut.class,
                        timedOut -> assertThat(timedOut.reason()).contains("time budget"));
    }

    @Test
    void searching_needs_a_signed_in_account() {
        assertThatThrownBy(() -> search.search(everywhere(PatternSpec.literal(word)), 0, 20))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private int hits(SearchFilter filter) {
        return (int) found(search(word, SearchScope.CORRECTED, filter)).hitCount();
    }

    private SearchResult search(String text) {
        return search(PatternSpec.literal(text));
    }

    private SearchResult search(PatternSpec pattern) {
        return AsUser.editor(() -> search.search(everywhere(pattern), 0, 50));
    }

    private SearchResult search(String text, SearchScope scope, SearchFilter filter) {
        return AsUser.editor(() -> search.search(new SearchQuery(PatternSpec.literal(text), scope, filter), 0, 50));
    }

    private static SearchQuery everywhere(PatternSpec pattern) {
        return SearchQuery.everywhere(pattern);
    }

    static SearchPage found(SearchResult result) {
        assertThat(result).isInstanceOf(SearchResult.Found.class);
        return ((SearchResult.Found) result).page();
    }
}
