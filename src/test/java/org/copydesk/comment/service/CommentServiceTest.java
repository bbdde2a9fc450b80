package org.copydesk.comment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.notification.domain.NotificationKind;
import org.copydesk.notification.service.NotificationService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CopydeskContext
class CommentServiceTest {

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    long articleId;
    long paragraphId;

    @BeforeEach
    void aParagraph() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        articleId = fixtures.article("Comments", 2);
        paragraphId = fixtures.paragraphs(articleId).getFirst().id();
    }

    @Test
    void a_comment_and_its_reply_form_a_thread_and_are_counted() {
        var root = (CommentResult.Done) AsUser.reviewer(() -> comments.post(paragraphId, "Is this a name?", null));
        AsUser.editor(
                () -> comments.post(paragraphId, "Yes, a place.", root.comment().id()));

        var thread = AsUser.editor(() -> comments.thread(paragraphId)).orElseThrow();

        assertThat(thread).extracting(CommentView::author).containsExactly("reviewer", "editor");
        assertThat(thread.get(1).parentId()).isEqualTo(root.comment().id());
        assertThat(AsUser.editor(() -> comments.countsFor(articleId))).containsEntry(paragraphId, 2);
    }

    @Test
    void only_the_author_edits_or_deletes_a_comment() {
        var mine = (CommentResult.Done) AsUser.editor(() -> comments.post(paragraphId, "Typo here.", null));
        long id = mine.comment().id();

        assertThat(AsUser.reviewer(() -> comments.edit(id, "Hijacked."))).isInstanceOf(CommentResult.NotAllowed.class);
        assertThat(AsUser.reviewer(() -> comments.delete(id))).isInstanceOf(CommentResult.NotAllowed.class);
        var edited = AsUser.editor(() -> comments.edit(id, "Typo here, fixed."));
        assertThat(edited).isInstanceOfSatisfying(CommentResult.Done.class, d -> {
            assertThat(d.comment().text()).isEqualTo("Typo here, fixed.");
            assertThat(d.comment().editedAt()).isNotNull();
        });
        assertThat(AsUser.editor(() -> comments.delete(id))).isEqualTo(new CommentResult.Deleted(id));
        assertThat(AsUser.editor(() -> comments.thread(paragraphId)).orElseThrow())
                .isEmpty();
    }

    @Test
    void a_thread_is_resolved_and_reopened_but_a_reply_cannot_be() {
        var root = (CommentResult.Done) AsUser.reviewer(() -> comments.post(paragraphId, "Check the number.", null));
        var reply = (CommentResult.Done) AsUser.editor(
                () -> comments.post(paragraphId, "Checked.", root.comment().id()));

        var resolved = AsUser.editor(() -> comments.resolve(root.comment().id()));
        assertThat(resolved)
                .isInstanceOfSatisfying(
                        CommentResult.Done.class,
                        d -> assertThat(d.comment().resolvedBy()).isEqualTo("editor"));
        assertThat(AsUser.editor(() -> comments.resolve(root.comment().id())))
                .isInstanceOf(CommentResult.Invalid.class);
        assertThat(AsUser.editor(() -> comments.resolve(reply.comment().id())))
                .isInstanceOf(CommentResult.Invalid.class);
        assertThat(AsUser.reviewer(() -> comments.reopen(root.comment().id())))
                .isInstanceOfSatisfying(
                        CommentResult.Done.class,
                        d -> assertThat(d.comment().resolvedAt()).isNull());
        assertThat(AsUser.reviewer(() -> comments.delete(root.comment().id())))
                .isInstanceOf(CommentResult.NotAllowed.class);
    }

    @Test
    void a_mentioned_account_is_told_once_and_the_author_and_unknown_names_are_not() {
        long before = AsUser.call("editor2", () -> notifications.unreadCount(), Role.EDITOR);

        AsUser.reviewer(() -> comments.post(paragraphId, "@editor2 and @nobody-here, see this. @reviewer", null));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(AsUser.call("editor2", () -> notifications.unreadCount(), Role.EDITOR))
                        .isEqualTo(before + 1));
        var told = AsUser.call("editor2", () -> notifications.mine(true, 1), Role.EDITOR)
                .getFirst();
        assertThat(told.kind()).isEqualTo(NotificationKind.MENTIONED);
        assertThat(told.actor()).isEqualTo("reviewer");
        assertThat(told.detail()).isEqualTo("@editor2 and @nobody-here, see this. @reviewer");
        assertThat(AsUser.call("editor2", () -> notifications.markRead(told.id()), Role.EDITOR))
                .isTrue();
        assertThat(AsUser.call("editor2", () -> notifications.unreadCount(), Role.EDITOR))
                .isEqualTo(before);
        assertThat(AsUser.editor(() -> notifications.markRead(told.id()))).isFalse();
    }

    @Test
    void bad_comments_are_refused_with_a_reason() {
        assertThat(AsUser.editor(() -> comments.post(paragraphId, "   ", null)))
                .isInstanceOf(CommentResult.Invalid.class);
        assertThat(AsUser.editor(() -> comments.post(paragraphId, "x".repeat(4001), null)))
                .isInstanceOf(CommentResult.Invalid.class);
        assertThat(AsUser.editor(() -> comments.post(paragraphId, "bell \u0007", null)))
                .isInstanceOf(CommentResult.Invalid.class);
        assertThat(AsUser.editor(() -> comments.post(999_999_999L, "Hello", null)))
                .isEqualTo(new CommentResult.NotFound("Paragraph", 999_999_999L));
        assertThat(AsUser.editor(() -> comments.mentionable("rev"))).containsExactly("reviewer");
    }
}
