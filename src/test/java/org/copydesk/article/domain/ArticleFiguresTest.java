package org.copydesk.article.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ParagraphKind.BODY;
import static org.copydesk.article.ParagraphKind.BOILERPLATE;
import static org.copydesk.article.ParagraphKind.HEADING;
import static org.copydesk.article.ParagraphStatus.APPROVED;
import static org.copydesk.article.ParagraphStatus.CHANGES_REQUESTED;
import static org.copydesk.article.ParagraphStatus.EDITED;
import static org.copydesk.article.ParagraphStatus.SUBMITTED;
import static org.copydesk.article.ParagraphStatus.UNTOUCHED;

import java.time.Instant;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ArticleStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleFiguresTest {

    static final Instant IMPORTED = Instant.parse("2026-11-01T10:00:00Z");

    Article article;

    @BeforeEach
    void anArticleOfTwoBodyParagraphsAHeadingAndAFooter() {
        article = new Article("Title", null, ArticleFormat.PLAIN_TEXT, "hash", "editor", IMPORTED);
        article.countImported(HEADING);
        article.countImported(BODY);
        article.countImported(BODY);
        article.countImported(BOILERPLATE);
    }

    @Test
    void an_imported_article_is_new_and_counts_every_paragraph_untouched() {
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.NEW);
        assertThat(article.getParagraphCount()).isEqualTo(4);
        assertThat(article.getUntouchedCount()).isEqualTo(4);
        assertThat(article.getOpenCount()).isZero();
        assertThat(article.getLastActivityAt()).isEqualTo(IMPORTED);
    }

    @Test
    void the_first_edit_puts_the_article_in_progress_and_moves_its_last_activity() {
        Instant at = IMPORTED.plusSeconds(60);
        article.recordChange(BODY, UNTOUCHED, EDITED, at);

        assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(article.getUntouchedCount()).isEqualTo(3);
        assertThat(article.getOpenCount()).isEqualTo(1);
        assertThat(article.getLastActivityAt()).isEqualTo(at);
    }

    @Test
    void an_article_is_in_review_when_every_work_paragraph_is_submitted_or_approved_and_boilerplate_does_not_count() {
        article.recordChange(HEADING, UNTOUCHED, SUBMITTED, IMPORTED);
        article.recordChange(BODY, UNTOUCHED, APPROVED, IMPORTED);
        article.recordChange(BODY, UNTOUCHED, SUBMITTED, IMPORTED);

        assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(article.getUntouchedCount()).isEqualTo(1);
    }

    @Test
    void an_article_is_approved_when_every_work_paragraph_is_approved_and_falls_back_when_one_is_sent_back() {
        article.recordChange(HEADING, UNTOUCHED, APPROVED, IMPORTED);
        article.recordChange(BODY, UNTOUCHED, APPROVED, IMPORTED);
        article.recordChange(BODY, UNTOUCHED, APPROVED, IMPORTED);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.APPROVED);
        assertThat(article.getApprovedCount()).isEqualTo(3);

        article.recordChange(BODY, APPROVED, CHANGES_REQUESTED, IMPORTED);
        assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(article.getOpenCount()).isEqualTo(1);
    }

    @Test
    void an_older_change_does_not_move_the_last_activity_back() {
        article.recordChange(BODY, UNTOUCHED, EDITED, IMPORTED.plusSeconds(120));
        article.recordChange(BODY, UNTOUCHED, EDITED, IMPORTED.plusSeconds(60));

        assertThat(article.getLastActivityAt()).isEqualTo(IMPORTED.plusSeconds(120));
    }

    @ParameterizedTest(name = "{0} work, {1} untouched, {2} submitted, {3} approved: {4}")
    @CsvSource({
        "0, 0, 0, 0, NEW",
        "3, 3, 0, 0, NEW",
        "3, 2, 0, 0, IN_PROGRESS",
        "3, 0, 0, 0, IN_PROGRESS",
        "3, 0, 2, 0, IN_PROGRESS",
        "3, 0, 3, 0, IN_REVIEW",
        "3, 0, 1, 2, IN_REVIEW",
        "3, 0, 0, 3, APPROVED",
        "3, 1, 0, 2, IN_PROGRESS"
    })
    void the_status_derives_from_the_work_paragraphs(
            int work, int untouched, int submitted, int approved, ArticleStatus expected) {
        assertThat(ArticleStatus.of(work, untouched, submitted, approved)).isEqualTo(expected);
    }
}
