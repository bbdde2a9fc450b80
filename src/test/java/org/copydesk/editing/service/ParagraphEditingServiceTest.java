package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.test_support.Articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.RevisionKind;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@CopydeskContext
class ParagraphEditingServiceTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    ParagraphRow paragraph;

    @BeforeEach
    void importAnArticle() {
        var text = article("Editing").paragraph("North Korean people have actually all of a sudden been identified.");
        var imported = (ImportResult.Imported)
                AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT));
        paragraph = AsUser.editor(() -> articles.find(imported.articleId()))
                .orElseThrow()
                .paragraphs()
                .getFirst();
    }

    @Test
    void a_save_on_an_editors_behalf_records_its_kind_and_message() {
        var result = AsUser.editor(() -> editing.save(
                paragraph.id(),
                "North Korean people have suddenly been identified.",
                1,
                RevisionKind.REPLACE_ALL,
                "replace \"all of a sudden\" with \"suddenly\""));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        var newest = AsUser.editor(() -> editing.history(paragraph.id()))
                .orElseThrow()
                .getLast();
        assertThat(newest.kind()).isEqualTo(RevisionKind.REPLACE_ALL);
        assertThat(newest.message()).isEqualTo("replace \"all of a sudden\" with \"suddenly\"");
        assertThatThrownBy(() -> AsUser.editor(() -> editing.save(paragraph.id(), "x", 2, RevisionKind.IMPORT, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_save_writes_the_next_revision_and_marks_the_paragraph_edited() {
        var result =
                AsUser.editor(() -> editing.save(paragraph.id(), "North Korean people have suddenly been labeled.", 1));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.paragraph().revision()).isEqualTo(2);
            assertThat(saved.paragraph().status()).isEqualTo(ParagraphStatus.EDITED);
            assertThat(saved.paragraph().correctedText()).isEqualTo("North Korean people have suddenly been labeled.");
            assertThat(saved.paragraph().sourceText()).isEqualTo(paragraph.sourceText());
        });
        var history = AsUser.editor(() -> editing.history(paragraph.id())).orElseThrow();
        assertThat(history)
                .extracting(RevisionSummary::number, RevisionSummary::kind, RevisionSummary::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, RevisionKind.IMPORT, "editor"),
                        org.assertj.core.groups.Tuple.tuple(2, RevisionKind.EDIT, "editor"));
        assertThat(history.get(1).baseRevision()).isEqualTo(1);
    }

    @Test
    void a_stale_save_is_returned_as_a_conflict_and_overwrites_nothing() {
        AsUser.editor(() -> editing.save(paragraph.id(), "Editor's fix.", 1));
        var stale = AsUser.editor2(() -> editing.save(paragraph.id(), "Editor2's fix, based on revision 1.", 1));

        assertThat(stale).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.theirs().correctedText()).isEqualTo("Editor's fix.");
            assertThat(conflict.theirs().revision()).isEqualTo(2);
            assertThat(conflict.theirs().updatedBy()).isEqualTo("editor");
            assertThat(conflict.base().number()).isEqualTo(1);
            assertThat(conflict.base().text()).isEqualTo(paragraph.sourceText());
        });
        assertThat(AsUser.editor(() -> editing.history(paragraph.id())).orElseThrow())
                .hasSize(2);
    }

    @Test
    void of_two_simultaneous_saves_on_the_same_base_exactly_one_wins() throws Exception {
        List<Callable<SaveResult>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = "Concurrent fix number " + i;
            saves.add(() -> AsUser.editor(() -> editing.save(paragraph.id(), text, 1)));
        }
        List<SaveResult> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<SaveResult> f : pool.invokeAll(saves)) {
                results.add(f.get());
            }
        }
        assertThat(results).filteredOn(r -> r instanceof SaveResult.Saved).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof SaveResult.Conflict).hasSize(5);
        assertThat(AsUser.editor(() -> editing.history(paragraph.id())).orElseThrow())
                .hasSize(2);
    }

    @Test
    void saving_the_current_text_again_writes_no_revision() {
        var result = AsUser.editor(() -> editing.save(paragraph.id(), paragraph.correctedText(), 1));
        assertThat(result).isInstanceOf(SaveResult.Unchanged.class);
        assertThat(AsUser.editor(() -> editing.history(paragraph.id())).orElseThrow())
                .hasSize(1);
    }

    @Test
    void windows_line_endings_are_saved_as_plain_newlines() {
        var result = AsUser.editor(() -> editing.save(paragraph.id(), "Line one\r\nline two", 1));
        assertThat(((SaveResult.Saved) result).paragraph().correctedText()).isEqualTo("Line one\nline two");
    }

    @Test
    void control_characters_and_unknown_base_revisions_are_refused() {
        assertThat(AsUser.editor(() -> editing.save(paragraph.id(), "bad\u0000text", 1)))
                .isInstanceOfSatisfying(
                        SaveResult.Invalid.class, r -> assertThat(r.reason()).contains("U+0000"));
        assertThat(AsUser.editor(() -> editing.save(paragraph.id(), "fine", 7)))
                .isInstanceOfSatisfying(
                        SaveResult.Invalid.class, r -> assertThat(r.reason()).contains("Revision 7"));
        assertThat(AsUser.editor(() -> editing.save(Long.MAX_VALUE, "fine", 1)))
                .isInstanceOf(SaveResult.NotFound.class);
    }

    @Test
    void nobody_saves_without_signing_in() {
        assertThatThrownBy(() -> editing.save(paragraph.id(), "anonymous", 1))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
