package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Articles.article;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.ParagraphRevised;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.RecordingRevisionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Saves reach other features' listeners through Spring Modulith's event publication registry in PostgreSQL: a
 * listener runs after the save commits, and one that fails changes nothing about the save and is retried later.
 */
@CopydeskContext
class RevisionEventsTest {

    static final String LISTENER = RecordingRevisionListener.class.getName();

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    RecordingRevisionListener listener;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    ParagraphRow paragraph;

    @BeforeEach
    void importAnArticle() {
        var text = article("Events").paragraph("The federal government informed RFA on Tuesday.");
        var imported = (ImportResult.Imported)
                AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT));
        paragraph = AsUser.editor(() -> articles.find(imported.articleId()))
                .orElseThrow()
                .paragraphs()
                .getFirst();
    }

    @Test
    void a_listener_in_another_feature_receives_the_save_after_it_commits() throws Exception {
        AsUser.editor(() -> editing.save(paragraph.id(), "The government told RFA on Tuesday.", 1));

        ParagraphRevised event = awaitEventFor(paragraph.id());
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.author()).isEqualTo("editor");
    }

    @Test
    void a_failing_listener_leaves_the_save_in_place_and_its_event_waits_in_the_registry_for_a_retry()
            throws Exception {
        listener.failOnce();

        var result = AsUser.editor(() -> editing.save(paragraph.id(), "The government told RFA on Tuesday.", 1));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        awaitIncompletePublication();
        assertThat(AsUser.editor(() -> editing.history(paragraph.id())).orElseThrow())
                .hasSize(2);

        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof ParagraphRevised p && p.paragraphId() == paragraph.id());

        assertThat(awaitEventFor(paragraph.id()).revision()).isEqualTo(2);
    }

    private ParagraphRevised awaitEventFor(long paragraphId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            ParagraphRevised next = listener.seen().poll(200, TimeUnit.MILLISECONDS);
            if (next != null && next.paragraphId() == paragraphId) {
                return next;
            }
        }
        throw new AssertionError("no ParagraphRevised for paragraph " + paragraphId + " within 10 s");
    }

    private void awaitIncompletePublication() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = jdbc.sql("""
                            select count(*) from event_publication
                            where listener_id like ? and completion_date is null and serialized_event like ?""")
                    .params(LISTENER + "%", "%\"paragraphId\":" + paragraph.id() + "%")
                    .query(Long.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the failed publication is not waiting in event_publication");
    }
}
