package org.copydesk.export.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The redline is the record a desk editor files: it names who approved each paragraph, from the review steps. */
@CopydeskContext
class ExportApprovalRecordTest {

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Autowired
    ReviewService review;

    @Autowired
    ExportService exports;

    @Test
    void a_redline_names_the_reviewer_who_approved_a_paragraph_and_not_one_edited_since() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Approved record", 2);
        var paragraphs = fixtures.paragraphs(articleId);
        fixtures.edit(paragraphs.get(0), "editor", Role.EDITOR, "The government told RFA.");
        var reopened = fixtures.edit(paragraphs.get(1), "editor", Role.EDITOR, "The sister left.");
        AsUser.editor(() -> review.submitArticle(articleId));
        AsUser.reviewer(() -> review.approveArticle(articleId));
        var after = fixtures.paragraphs(articleId).stream()
                .filter(p -> p.id() == reopened.id())
                .findFirst()
                .orElseThrow();
        AsUser.reviewer(() -> editing.save(after.id(), "The sister left home.", after.revision()));

        var redline = (ExportResult.Exported)
                AsUser.editor(() -> exports.export(articleId, ExportFormat.REDLINE_HTML, ExportOptions.DEFAULT));

        String html = new String(redline.content(), StandardCharsets.UTF_8);
        assertThat(html).containsOnlyOnce("approved by reviewer");
    }
}
