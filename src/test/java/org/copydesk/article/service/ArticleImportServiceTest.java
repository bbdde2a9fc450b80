package org.copydesk.article.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.test_support.Articles.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.reader.ImportProblem;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.TestImportSabotage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@CopydeskContext
class ArticleImportServiceTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_imported_article_has_its_paragraphs_in_order_each_with_an_import_revision() {
        var text = article("Import order")
                .paragraph("First paragraph of the story.")
                .paragraph("Second one, also body.");
        var result = (ImportResult.Imported)
                AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT));

        ArticleDetail detail =
                AsUser.editor(() -> articles.find(result.articleId())).orElseThrow();
        assertThat(detail.title()).isEqualTo(text.title());
        assertThat(detail.byline()).isEqualTo("Jane Reporter");
        assertThat(detail.status()).isEqualTo(ArticleStatus.NEW);
        assertThat(detail.paragraphs())
                .extracting(ParagraphRow::sourceText)
                .containsExactly("First paragraph of the story.", "Second one, also body.");
        assertThat(detail.paragraphs()).allSatisfy(p -> {
            assertThat(p.correctedText()).isEqualTo(p.sourceText());
            assertThat(p.status()).isEqualTo(ParagraphStatus.UNTOUCHED);
            assertThat(p.revision()).isEqualTo(1);
            assertThat(p.kind()).isEqualTo(ParagraphKind.BODY);
        });
        var history = AsUser.editor(
                        () -> editing.history(detail.paragraphs().getFirst().id()))
                .orElseThrow();
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.author()).isEqualTo("editor");
            assertThat(r.text()).isEqualTo("First paragraph of the story.");
        });
    }

    @Test
    void importing_the_same_content_twice_finds_the_first_article() {
        var text = article("Twice").paragraphs(3);
        var first = (ImportResult.Imported)
                AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT));
        byte[] crlf = text.text().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        var second = AsUser.editor(() -> importer.importArticle(crlf, ArticleFormat.PLAIN_TEXT));

        assertThat(second).isEqualTo(new ImportResult.AlreadyImported(first.articleId(), text.title()));
        assertThat(countArticlesTitled(text.title())).isEqualTo(1);
    }

    @Test
    void simultaneous_imports_of_the_same_content_store_it_once() throws Exception {
        var text = article("Race").paragraphs(20);
        List<Callable<ImportResult>> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            uploads.add(() -> AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)));
        }
        List<ImportResult> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<ImportResult> f : pool.invokeAll(uploads)) {
                results.add(f.get());
            }
        }
        assertThat(results).filteredOn(r -> r instanceof ImportResult.Imported).hasSize(1);
        assertThat(results)
                .filteredOn(r -> r instanceof ImportResult.AlreadyImported)
                .hasSize(3);
        assertThat(countArticlesTitled(text.title())).isEqualTo(1);
    }

    @Test
    void bad_input_is_rejected_with_a_reason_and_stores_nothing() {
        long before = articleCount();
        var empty = AsUser.editor(() -> importer.importArticle(new byte[0], ArticleFormat.PLAIN_TEXT));
        var binary = AsUser.editor(() ->
                importer.importArticle(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, ArticleFormat.PLAIN_TEXT));
        var titleOnly = AsUser.editor(() ->
                importer.importArticle("Just a title\n".getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT));

        assertThat(empty)
                .isInstanceOfSatisfying(
                        ImportResult.Rejected.class,
                        r -> assertThat(r.problem()).isEqualTo(ImportProblem.EMPTY));
        assertThat(binary).isInstanceOf(ImportResult.Rejected.class);
        assertThat(titleOnly)
                .isInstanceOfSatisfying(
                        ImportResult.Rejected.class,
                        r -> assertThat(r.problem()).isEqualTo(ImportProblem.NO_PARAGRAPHS));
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void an_import_that_fails_half_way_leaves_no_half_article() {
        var text = article("Half").paragraphs(5).paragraph("Then " + TestImportSabotage.FAIL_MARKER + " happens.");
        long paragraphsBefore = jdbc.queryForObject("select count(*) from paragraphs", Long.class);

        assertThatThrownBy(() -> AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)))
                .hasMessageContaining("sabotaged");

        assertThat(countArticlesTitled(text.title())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from paragraphs", Long.class))
                .isEqualTo(paragraphsBefore);
    }

    @Test
    void a_reviewer_may_not_import() {
        var text = article("Reviewer import").paragraphs(1);
        assertThatThrownBy(() -> AsUser.reviewer(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_seed_article_is_imported_at_startup_by_the_system_account() {
        Long seeds = jdbc.queryForObject(
                "select count(*) from articles where title like 'North Korean Visa Overstayers%' and imported_by = 'system'",
                Long.class);
        assertThat(seeds).isEqualTo(1);
    }

    private long countArticlesTitled(String title) {
        return jdbc.queryForObject("select count(*) from articles where title = ?", Long.class, title);
    }

    private long articleCount() {
        return jdbc.queryForObject("select count(*) from articles", Long.class);
    }
}
