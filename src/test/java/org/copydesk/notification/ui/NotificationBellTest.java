package org.copydesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.notification.service.NotificationService;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.Role;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.copydesk.test_support.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The bell counts a new notification as soon as it is written, over the push channel, without polling. */
@CopydeskContext
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService review;

    @Autowired
    NotificationService notifications;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ArticleQueryService articles;

    @Autowired
    ParagraphEditingService editing;

    @Test
    @WithMockUser(username = "editor3", roles = "EDITOR")
    void an_attached_bell_counts_a_new_notification_without_a_poll_or_a_navigation() {
        var fixtures = new ReviewFixtures(importer, articles, editing);
        long articleId = fixtures.article("Bell push", 1);
        var p = fixtures.edit(fixtures.paragraphs(articleId).getFirst(), "editor3", Role.EDITOR, "Fixed by editor3.");
        AsUser.call("editor3", () -> review.submit(p.id()), Role.EDITOR);
        navigate(NotificationsView.class);
        var bell = find(NotificationBell.class).single();
        long before = AsUser.call("editor3", () -> notifications.unreadCount(), Role.EDITOR);
        assertThat(bell.count().getText()).isEqualTo(before == 0 ? "" : String.valueOf(before));

        AsUser.reviewer(() -> review.approve(p.id()));

        // The session is locked by the test thread, so what the bus hands to ui.access waits in the session's queue
        // until the test runs it, as the end of a request would; the check polls on the test thread for that.
        var session = VaadinSession.getCurrent();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            session.getService().runPendingAccessTasks(session);
            assertThat(bell.count().getText()).isEqualTo(String.valueOf(before + 1));
        });
        assertThat(bell.count().isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
