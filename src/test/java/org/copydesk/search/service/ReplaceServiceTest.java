package org.copydesk.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.editing.RevisionKind;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.search.SearchFilter;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.SearchScope;
import org.copydesk.search.matching.PatternSpec;
import org.copydesk.search.test_support.SearchFixtures;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CopydeskContext
class ReplaceServiceTest {

    @Autowired
    ReplaceService replace;

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
    long articleId;

    @BeforeEach
    void anArticleWithThreeMatches() {
        fixtures = new SearchFixtures(importer, articles, jdbc);
        word = SearchFixtures.uniqueWord();
        articleId = fixtures.article(
                "The ministry informed RFA about " + word + " on Monday.",
                "Nothing about the matter here.",
                "Officials informed RFA that " + word + " was closed.",
                "The sibling informed RFA of " + word + " as well.");
    }

    @Test
    void a_preview_lists_every_paragraph_that_would_change_and_changes_nothing() {
        var preview = preview("informed RFA", "told RFA");

        assertThat(preview.changes()).extracting(PreviewChange::position).containsExactly(0, 2, 3);
        var first = preview.changes().getFirst();
        assertThat(first.newText()).isEqualTo("The ministry told RFA about " + word + " on Monday.");
        assertThat(first.baseRevision()).isEqualTo(1);
        assertThat(first.skippedForYou()).isFalse();
        assertThat(first.diff())
                .extracting(s -> s.operation().name() + ":" + s.text())
                .contains("DELETED:informed", "INSERTED:told");
        assertThat(fixtures.paragraph(articleId, 0).revision()).isEqualTo(1);
    }

    @Test
    void applying_writes_one_replace_all_revision_per_paragraph_with_the_pattern_in_its_message() {
        var preview = preview("informed RFA", "told RFA");

        var outcome = applied(AsUser.editor(() -> replace.apply(preview.id(), null)));

        assertThat(outcome.changed())
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.revision()).isEqualTo(2));
        assertThat(outcome.skipped()).isEmpty();
        var newest = history(fixtures.paragraph(articleId, 2).id()).getLast();
        assertThat(newest.kind()).isEqualTo(RevisionKind.REPLACE_ALL);
        assertThat(newest.text()).isEqualTo("Officials told RFA that " + word + " was closed.");
        assertThat(newest.message()).contains("\"informed RFA\"").contains("\"told RFA\"");
        assertThat(newest.baseRevision()).isEqualTo(1);
        assertThat(fixtures.paragraph(articleId, 1).revision()).isEqualTo(1);
    }

    @Test
    void capture_groups_carry_into_the_written_text() {
        var preview = preview(new PatternSpec("informed (RFA|them)", true, true, false), "told $1");
        applied(AsUser.editor(() -> replace.apply(preview.id(), null)));

        assertThat(fixtures.paragraph(articleId, 3).correctedText())
                .isEqualTo("The sibling told RFA of " + word + " as well.");
    }

    @Test
    void only_the_chosen_paragraphs_change() {
        var preview = preview("informed RFA", "told RFA");
        long chosen = preview.changes().get(1).paragraphId();

        var outcome = applied(AsUser.editor(() -> replace.apply(preview.id(), List.of(chosen))));

        assertThat(outcome.changed())
                .extracting(ReplaceOutcome.Changed::paragraphId)
                .containsExactly(chosen);
        assertThat(fixtures.paragraph(articleId, 0).correctedText()).contains("informed RFA");
        assertThat(fixtures.paragraph(articleId, 2).correctedText()).contains("told RFA");
    }

    @Test
    void a_replace_racing_an_edit_skips_the_edited_paragraph_and_overwrites_nothing() {
        var preview = preview("informed RFA", "told RFA");
        long raced = fixtures.paragraph(articleId, 2).id();
        AsUser.editor2(() -> editing.save(raced, "Officials informed RFA, said editor2, that " + word + " closed.", 1));

        var outcome = applied(AsUser.editor(() -> replace.apply(preview.id(), null)));

        assertThat(outcome.changed())
                .extracting(ReplaceOutcome.Changed::position)
                .containsExactly(0, 3);
        assertThat(outcome.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.paragraphId()).isEqualTo(raced);
            assertThat(skipped.reason()).isEqualTo(SkipReason.CHANGED_SINCE);
            assertThat(skipped.detail()).contains("editor2").contains("revision 2");
        });
        assertThat(fixtures.paragraph(articleId, 2).correctedText())
                .isEqualTo("Officials informed RFA, said editor2, that " + word + " closed.");
    }

    @Test
    void of_a_replace_and_an_edit_at_the_same_moment_exactly_one_lands_on_the_paragraph() throws Exception {
        var preview = preview("informed RFA", "told RFA");
        long raced = fixtures.paragraph(articleId, 0).id();
        var start = new CountDownLatch(1);
        List<Callable<Object>> both = List.of(
                () -> {
                    start.await();
                    return AsUser.editor(() -> replace.apply(preview.id(), List.of(raced)));
                },
                () -> {
                    start.await();
                    return AsUser.editor2(() -> editing.save(raced, "Editor2 rewrote this paragraph.", 1));
                });
        List<Object> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> futures = both.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
        }

        var outcome = applied((ApplyResult) results.get(0));
        boolean editWon = results.get(1) instanceof SaveResult.Saved;
        assertThat(outcome.changed().isEmpty()).isEqualTo(editWon);
        assertThat(outcome.skipped().isEmpty()).isEqualTo(!editWon);
        assertThat(history(raced)).hasSize(2);
    }

    @Test
    void approved_paragraphs_are_skipped_for_editors_and_sent_back_to_review_by_reviewers() {
        long approved = fixtures.paragraph(articleId, 3).id();
        fixtures.approve(approved);

        var editorsPreview = preview("informed RFA", "told RFA");
        assertThat(editorsPreview.changes())
                .filteredOn(PreviewChange::skippedForYou)
                .extracting(PreviewChange::paragraphId)
                .containsExactly(approved);
        var editorsOutcome = applied(AsUser.editor(() -> replace.apply(editorsPreview.id(), null)));
        assertThat(editorsOutcome.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.paragraphId()).isEqualTo(approved);
            assertThat(skipped.reason()).isEqualTo(SkipReason.APPROVED);
        });
        assertThat(fixtures.paragraph(articleId, 3).status()).isEqualTo(ParagraphStatus.APPROVED);

        var reviewersPreview = AsUser.reviewer(() -> previewed(replace.preview(query("informed RFA"), "told RFA")));
        var reviewersOutcome = applied(AsUser.reviewer(() -> replace.apply(reviewersPreview.id(), null)));
        assertThat(reviewersOutcome.changed())
                .extracting(ReplaceOutcome.Changed::paragraphId)
                .containsExactly(approved);
        assertThat(fixtures.paragraph(articleId, 3).status()).isEqualTo(ParagraphStatus.SUBMITTED);
    }

    @Test
    void a_preview_is_applied_once_and_only_by_whoever_made_it() {
        var preview = preview("informed RFA", "told RFA");

        assertThat(AsUser.editor2(() -> replace.apply(preview.id(), null))).isInstanceOf(ApplyResult.NotFound.class);
        assertThat(AsUser.editor(() -> replace.apply(preview.id(), List.of(-1L))))
                .isInstanceOf(ApplyResult.Invalid.class);
        applied(AsUser.editor(() -> replace.apply(preview.id(), null)));
        assertThat(AsUser.editor(() -> replace.apply(preview.id(), null)))
                .isInstanceOf(ApplyResult.AlreadyApplied.class);
    }

    @Test
    void an_undo_reverts_every_paragraph_the_replace_changed() {
        var preview = preview("informed RFA", "told RFA");
        applied(AsUser.editor(() -> replace.apply(preview.id(), null)));

        var undone = AsUser.editor(() -> replace.undo(preview.id()));

        assertThat(undone).isInstanceOfSatisfying(UndoResult.Undone.class, u -> {
            assertThat(u.outcome().changed()).hasSize(3);
            assertThat(u.outcome().skipped()).isEmpty();
        });
        assertThat(fixtures.paragraphs(articleId))
                .extracting(p -> p.correctedText().contains("informed RFA"))
                .containsExactly(true, false, true, true);
        var newest = history(fixtures.paragraph(articleId, 0).id()).getLast();
        assertThat(newest.kind()).isEqualTo(RevisionKind.REVERT);
        assertThat(newest.number()).isEqualTo(3);
        assertThat(newest.message()).startsWith("undo of replace-all");
        assertThat(AsUser.editor(() -> replace.undo(preview.id()))).isInstanceOf(UndoResult.NotUndoable.class);
    }

    @Test
    void an_undo_leaves_paragraphs_changed_since_and_reports_them() {
        var preview = preview("informed RFA", "told RFA");
        applied(AsUser.editor(() -> replace.apply(preview.id(), null)));
        long changedSince = fixtures.paragraph(articleId, 3).id();
        AsUser.editor2(() -> editing.save(changedSince, "The sister told RFA of " + word + " too.", 2));

        var undone = AsUser.editor(() -> replace.undo(preview.id()));

        assertThat(undone).isInstanceOfSatisfying(UndoResult.Undone.class, u -> {
            assertThat(u.outcome().changed())
                    .extracting(ReplaceOutcome.Changed::position)
                    .containsExactly(0, 2);
            assertThat(u.outcome().skipped()).singleElement().satisfies(s -> {
                assertThat(s.paragraphId()).isEqualTo(changedSince);
                assertThat(s.reason()).isEqualTo(SkipReason.CHANGED_SINCE);
            });
        });
        assertThat(fixtures.paragraph(articleId, 3).correctedText())
                .isEqualTo("The sister told RFA of " + word + " too.");
    }

    @Test
    void an_unapplied_replace_cannot_be_undone() {
        var preview = preview("informed RFA", "told RFA");
        assertThat(AsUser.editor(() -> replace.undo(preview.id()))).isInstanceOf(UndoResult.NotUndoable.class);
    }

    @Test
    void a_bad_replacement_is_refused_before_anything_is_stored() {
        var result = AsUser.editor(() -> replace.preview(
                new SearchQuery(PatternSpec.regex("informed (RFA)"), SearchScope.CORRECTED, filter()), "told $2"));
        assertThat(result)
                .isInstanceOfSatisfying(
                        PreviewResult.Invalid.class,
                        invalid -> assertThat(invalid.reason()).contains("$2"));
    }

    @Test
    void an_account_without_an_editing_role_cannot_replace() {
        assertThatThrownBy(() -> AsUser.call("guest", () -> replace.preview(query("informed RFA"), "told RFA")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("admin", () -> replace.preview(query("informed RFA"), "told RFA"), Role.ADMIN))
                .isInstanceOf(PreviewResult.Previewed.class);
    }

    private ReplacePreviewView preview(String literal, String replacement) {
        return AsUser.editor(() -> previewed(replace.preview(query(literal), replacement)));
    }

    private ReplacePreviewView preview(PatternSpec pattern, String replacement) {
        return AsUser.editor(() ->
                previewed(replace.preview(new SearchQuery(pattern, SearchScope.CORRECTED, filter()), replacement)));
    }

    private SearchQuery query(String literal) {
        return new SearchQuery(new PatternSpec(literal, false, true, false), SearchScope.CORRECTED, filter());
    }

    private SearchFilter filter() {
        return new SearchFilter(null, Set.of(articleId), Set.of(), null, null, null);
    }

    private List<RevisionSummary> history(long paragraphId) {
        return AsUser.editor(() -> editing.history(paragraphId)).orElseThrow();
    }

    private static ReplacePreviewView previewed(PreviewResult result) {
        assertThat(result).isInstanceOf(PreviewResult.Previewed.class);
        return ((PreviewResult.Previewed) result).preview();
    }

    private static ReplaceOutcome applied(ApplyResult result) {
        assertThat(result).isInstanceOf(ApplyResult.Applied.class);
        return ((ApplyResult.Applied) result).outcome();
    }
}
