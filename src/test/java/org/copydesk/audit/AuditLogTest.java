package org.copydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.test_support.Api.basic;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.audit.service.AuditEntryView;
import org.copydesk.audit.service.AuditFilter;
import org.copydesk.audit.service.AuditService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.review.ChangeReason;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.Role;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log records who did what, refuses to be changed, and is for admins only. */
@CopydeskContext
class AuditLogTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditService audit;

    @Autowired
    ReviewService review;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void imports_and_review_decisions_are_recorded_with_who_and_what() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Audited", 1);
        var p = fixtures.edit(fixtures.paragraphs(articleId).getFirst(), "editor", Role.EDITOR, "Fixed.");
        AsUser.editor(() -> review.submit(p.id()));
        AsUser.reviewer(() -> review.requestChanges(p.id(), ChangeReason.TERMINOLOGY, "House term is visa."));
        AsUser.editor(() -> review.submit(p.id()));
        AsUser.reviewer(() -> review.approve(p.id()));

        var entries = admin(new AuditFilter(null, null, null, null)).stream()
                .filter(e -> e.target() != null && e.target().contains("article " + articleId))
                .toList();

        assertThat(entries)
                .extracting(AuditEntryView::actor, AuditEntryView::action)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("reviewer", "paragraph_approved"),
                        org.assertj.core.groups.Tuple.tuple("editor", "paragraph_submitted"),
                        org.assertj.core.groups.Tuple.tuple("reviewer", "changes_requested"),
                        org.assertj.core.groups.Tuple.tuple("editor", "paragraph_submitted"),
                        org.assertj.core.groups.Tuple.tuple("admin", "article_imported"));
        assertThat(entries.stream()
                        .filter(e -> e.action().equals("changes_requested"))
                        .findFirst()
                        .orElseThrow()
                        .details())
                .contains("terminology", "House term is visa.");
    }

    @Test
    void an_export_is_recorded_with_who_which_article_and_which_format() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Exported", 1);

        var exported = api.get("/api/v1/articles/" + articleId + "/export?format=xliff", basic("editor2"));

        assertThat(exported.status()).isEqualTo(200);
        var entries = admin(new AuditFilter("editor2", null, null, null)).stream()
                .filter(e -> ("article " + articleId).equals(e.target()))
                .toList();
        assertThat(entries)
                .extracting(AuditEntryView::action, AuditEntryView::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("article_exported", "xliff"));
    }

    @Test
    void sign_ins_are_recorded_including_failures() {
        api.get("/api/v1/articles?size=1", basic("editor2"));
        api.get(
                "/api/v1/articles?size=1",
                "Basic " + Base64.getEncoder().encodeToString("editor2:wrong".getBytes(StandardCharsets.UTF_8)));

        var signIns = admin(new AuditFilter("editor2", null, null, null));
        assertThat(signIns).extracting(AuditEntryView::action).contains("sign_in", "sign_in_failed");
    }

    @Test
    void token_creation_and_use_are_recorded_use_at_most_once_a_minute() {
        var created = AsUser.editor(() -> ((org.copydesk.security.service.CreateTokenResult.Created)
                        tokens.create("audit test " + System.nanoTime(), null))
                .token());
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/articles?size=1", Api.bearer(created.token()))
                            .status())
                    .isEqualTo(200);
        }

        var entries = admin(new AuditFilter("editor", null, null, null)).stream()
                .filter(e -> ("token " + created.id()).equals(e.target()))
                .toList();
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("token_used", "token_created");
    }

    @Test
    void the_database_refuses_to_change_or_remove_audit_entries() {
        AsUser.call(
                "admin",
                () -> ((org.copydesk.security.service.CreateTokenResult.Created) tokens.create("to be audited", null))
                        .token(),
                Role.ADMIN);

        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'nobody'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void admins_read_the_log_as_json_and_csv_others_get_403() {
        AsUser.call(
                "admin",
                () -> ((org.copydesk.security.service.CreateTokenResult.Created)
                                tokens.create("csv, \"quoted\" =1+1", null))
                        .token(),
                Role.ADMIN);

        var page = api.get("/api/v1/audit?action=token_created&size=5", basic("admin"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("content").get(0).get("action").asString()).isEqualTo("token_created");
        assertThat(api.get("/api/v1/audit", basic("reviewer")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?action=nonsense", basic("admin")).status())
                .isEqualTo(400);

        var csv = new StringWriter();
        AsUser.call(
                "admin",
                () -> {
                    audit.writeCsv(new AuditFilter("admin", AuditAction.TOKEN_CREATED, null, null), csv);
                    return null;
                },
                Role.ADMIN);
        assertThat(csv.toString())
                .startsWith("id,at,actor,action,target,details\r\n")
                .contains("\"admin\",\"token_created\"")
                .contains("\"csv, \"\"quoted\"\" =1+1\"");
    }

    private java.util.List<AuditEntryView> admin(AuditFilter filter) {
        return AsUser.call("admin", () -> audit.search(filter, 0, 200).getContent(), Role.ADMIN);
    }
}
