package org.copydesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Heap held per open workspace: views of a 5,000-paragraph article beside views of a 10-paragraph one, each with the
 * rows a 1280×800 browser window asks for built. Not part of ./mvnw verify; run it with:
 * {@code ./mvnw test -Dtest=WorkspaceHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class WorkspaceHeapBenchmark extends SpringBrowserlessTest {

    private static final int VIEWS = 20;
    private static final int ROWS_IN_VIEW = 40;

    @Autowired
    ArticleImportService importer;

    @Test
    void measure() throws Exception {
        long small = importArticle(Articles.article("Heap small").paragraphs(10));
        long large = importArticle(Articles.article("Heap large").paragraphs(5_000));
        heldPerView(small);
        heldPerView(large);
        double smallBytes = heldPerView(small);
        double largeBytes = heldPerView(large);
        String table = String.format(
                Locale.ROOT,
                "| article | heap held per open workspace |%n|---|---|%n| 10 paragraphs (baseline) | %.0f KB |%n"
                        + "| 5,000 paragraphs | %.0f KB |%n",
                smallBytes / 1024,
                largeBytes / 1024);
        System.out.println("\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/workspace-heap.md"), table);
        assertThat(largeBytes).isPositive();
    }

    private double heldPerView(long articleId) {
        navigate(org.copydesk.article.ui.ArticleListView.class);
        long before = usedAfterGc();
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < VIEWS; i++) {
            var view = navigate("articles/" + articleId, ArticleWorkspaceView.class);
            var list = test(view.list());
            for (int row = 0; row < Math.min(ROWS_IN_VIEW, list.size()); row++) {
                held.add(list.getItemComponent(row));
            }
            held.add(view);
        }
        navigate(org.copydesk.article.ui.ArticleListView.class);
        long after = usedAfterGc();
        assertThat(held).isNotEmpty();
        return (after - before) / (double) VIEWS;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private long importArticle(Articles text) {
        return ((ImportResult.Imported) importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)).articleId();
    }
}
