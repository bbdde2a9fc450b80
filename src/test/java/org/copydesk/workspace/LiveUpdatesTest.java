package org.copydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.SaveResult;
import org.copydesk.security.Role;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.node.BooleanNode;

/**
 * Live updates at the scale of issue 10: twenty workspaces, each in its own session, open on one article while other
 * editors save concurrently. Every workspace must end up showing every saved text, however the saves interleave.
 */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class LiveUpdatesTest extends SpringBrowserlessTest {

    private static final int SESSIONS = 20;
    private static final int SAVES = 20;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ParagraphEditingService editing;

    record Open(VaadinSession session, UI ui, ArticleWorkspaceView view, List<WorkspaceRow> rows) {}

    @Test
    void twenty_open_workspaces_each_show_every_text_saved_by_others_while_they_were_open() throws Exception {
        long articleId = ((ImportResult.Imported) importer.importArticle(
                        Articles.article("Live twenty").paragraphs(SAVES).bytes(), ArticleFormat.PLAIN_TEXT))
                .articleId();
        List<Open> open = openWorkspaces(articleId);
        List<Long> ids =
                open.getFirst().rows().stream().map(r -> r.paragraph().id()).toList();

        ExecutorService savers = Executors.newFixedThreadPool(4);
        List<Future<SaveResult>> saves = new ArrayList<>();
        for (int i = 0; i < SAVES; i++) {
            long id = ids.get(i);
            String author = "editor" + (2 + i % 4);
            String text = "Saved live by " + author + " as number " + i + ".";
            saves.add(savers.submit(() -> AsUser.call(author, () -> editing.save(id, text, 1), Role.EDITOR)));
        }
        for (Future<SaveResult> save : saves) {
            assertThat(save.get()).isInstanceOf(SaveResult.Saved.class);
        }
        savers.shutdown();

        Map<Long, Integer> newest = ids.stream().collect(Collectors.toMap(id -> id, id -> 2));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (Open workspace : open) {
                runQueuedUpdates(workspace);
                assertThat(workspace.view().revisionsHandedOver())
                        .as("session %s", workspace.session().getSession().getId())
                        .isEqualTo(newest);
            }
        });
        List<String> saved = IntStream.range(0, SAVES)
                .mapToObj(i -> "Saved live by editor" + (2 + i % 4) + " as number " + i + ".")
                .toList();
        var firstShown = shownTexts(open.getFirst());
        assertThat(firstShown).as("texts of the first workspace").isNotEmpty();
        long updated = IntStream.range(0, SAVES)
                .filter(i -> firstShown.get(i).equals(saved.get(i)))
                .count();
        assertThat(updated)
                .as("rows of the first workspace that show the saved text")
                .isPositive();
    }

    /** Opens the workspaces in sessions of their own, with every row built, and leaves those sessions unlocked. */
    private List<Open> openWorkspaces(long articleId) {
        var service = (VaadinServletService) VaadinService.getCurrent();
        UIFactory uiFactory = () -> new UI();
        var testInstances = CurrentInstance.getInstances();
        List<Open> open = new ArrayList<>();
        try {
            for (int s = 0; s < SESSIONS; s++) {
                VaadinSession session = MockVaadin.createSessionObjects(service).getSession();
                // The UI's own state belongs to the session current while it is built.
                VaadinSession.setCurrent(session);
                MockVaadin.createUI(uiFactory, session);
                UI ui = UI.getCurrent();
                // No browser listens here: keep what would be pushed queued, so the check below can answer its scripts.
                ui.getPushConfiguration().setPushMode(PushMode.MANUAL);
                ui.navigate("articles/" + articleId);
                var view = (ArticleWorkspaceView) ui.getCurrentView();
                for (int i = 0; i < SAVES; i++) {
                    view.add(test(view.list()).getItemComponent(i));
                }
                // The first response renders the list's rows; from then on only live updates may change them.
                ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
                List<WorkspaceRow> rows = view.renderedRows();
                assertThat(rows).hasSize(SAVES);
                open.add(new Open(session, ui, view, rows));
                session.getLockInstance().unlock();
            }
        } finally {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(testInstances);
        }
        return open;
    }

    /** Runs the updates queued for the session, as the end of a request would. */
    private static void runQueuedUpdates(Open workspace) {
        workspace.session().lock();
        try {
            workspace.session().getService().runPendingAccessTasks(workspace.session());
        } finally {
            workspace.session().unlock();
        }
    }

    /**
     * What the rows show once the session has run its queued updates and the browser has answered the "still typing?"
     * question a newer revision asks (nobody types here).
     */
    private static List<String> shownTexts(Open workspace) {
        var testInstances = CurrentInstance.getInstances();
        workspace.session().lock();
        try {
            CurrentInstance.setCurrent(workspace.ui());
            workspace.session().getService().runPendingAccessTasks(workspace.session());
            // What a response to the browser would send: the scripts queued since the last one.
            workspace.ui().getInternals().getStateTree().runExecutionsBeforeClientResponse();
            workspace.ui().getInternals().dumpPendingJavaScriptInvocations().stream()
                    .filter(js -> js.isSubscribed()
                            && js.getInvocation().getExpression().contains("typing"))
                    .forEach(js -> js.complete(BooleanNode.FALSE));
            assertThat(workspace.view().renderedRows()).containsExactlyElementsOf(workspace.rows());
            return workspace.rows().stream()
                    .map(r -> r.editor().textArea().getValue())
                    .toList();
        } finally {
            workspace.session().unlock();
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(testInstances);
        }
    }
}
