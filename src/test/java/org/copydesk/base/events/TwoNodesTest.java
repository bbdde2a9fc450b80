package org.copydesk.base.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Articles.article;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.copydesk.CopydeskApplication;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.ParagraphFilter;
import org.copydesk.article.service.ParagraphQueryService;
import org.copydesk.editing.service.ParagraphActivity;
import org.copydesk.editing.service.ParagraphActivityService;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two Copydesk nodes on one database: the shared test application (node A) and a second application context started
 * here against the same PostgreSQL (node B). What one node saves, the other hears through LISTEN/NOTIFY.
 */
@CopydeskContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ParagraphQueryService paragraphs;

    @Autowired
    ParagraphEditingService editingOnA;

    @Autowired
    ParagraphActivityService activityOnA;

    ConfigurableApplicationContext nodeB;

    /**
     * Spring Security keeps the current account in a JVM-wide holder whose strategy each application context
     * installs at start; with two contexts in one JVM, each node's services must be called under its own.
     */
    SecurityContextHolderStrategy securityOfA;

    SecurityContextHolderStrategy securityOfB;

    @BeforeAll
    void startSecondNode() throws java.sql.SQLException {
        securityOfA = SecurityContextHolder.getContextHolderStrategy();
        var hikari = dataSource.unwrap(HikariDataSource.class);
        nodeB = new SpringApplicationBuilder(CopydeskApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(),
                        "spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "copydesk.seeds.dir=target/no-seeds-for-node-b",
                        "spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "spring.main.banner-mode=off",
                        "logging.level.org.springframework=warn",
                        "logging.level.org.hibernate=warn",
                        "logging.level.com.vaadin=warn")
                .run();
        securityOfB = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(securityOfA);
    }

    private <T> T onNodeB(Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(securityOfB);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(securityOfA);
        }
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void a_save_on_one_node_reaches_followers_of_the_article_on_the_other_within_a_second() throws Exception {
        long articleId = importArticle();
        long paragraphId = firstParagraph(articleId);
        BlockingQueue<ParagraphActivity> heardOnB = new LinkedBlockingQueue<>();
        var activityOnB = nodeB.getBean(ParagraphActivityService.class);
        try (var subscription = onNodeB(() -> AsUser.editor(() -> activityOnB.follow(articleId, heardOnB::add)))) {
            waitUntilListening();

            AsUser.editor(() -> editingOnA.save(paragraphId, "Saved on node A.", 1));

            assertThat(heardOnB.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ParagraphActivity.Revised(articleId, paragraphId, 2, "editor"));
        }
    }

    @Test
    void a_save_on_the_second_node_reaches_the_first_and_presence_travels_too() throws Exception {
        long articleId = importArticle();
        long paragraphId = firstParagraph(articleId);
        BlockingQueue<ParagraphActivity> heardOnA = new LinkedBlockingQueue<>();
        var editingOnB = nodeB.getBean(ParagraphEditingService.class);
        var activityOnB = nodeB.getBean(ParagraphActivityService.class);
        try (var subscription = AsUser.editor(() -> activityOnA.follow(articleId, heardOnA::add))) {
            waitUntilListening();

            onNodeB(() -> AsUser.editor2(() -> {
                activityOnB.announcePresence(articleId, paragraphId, "window-b", true);
                return editingOnB.save(paragraphId, "Saved on node B.", 1);
            }));

            assertThat(heardOnA.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ParagraphActivity.Presence(articleId, paragraphId, "editor2", "window-b", true));
            assertThat(heardOnA.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ParagraphActivity.Revised(articleId, paragraphId, 2, "editor2"));
        }
    }

    @Test
    void a_refused_save_is_never_announced() throws Exception {
        long articleId = importArticle();
        long paragraphId = firstParagraph(articleId);
        BlockingQueue<ParagraphActivity> heardOnB = new LinkedBlockingQueue<>();
        var activityOnB = nodeB.getBean(ParagraphActivityService.class);
        try (var subscription = onNodeB(() -> AsUser.editor(() -> activityOnB.follow(articleId, heardOnB::add)))) {
            waitUntilListening();

            AsUser.editor(() -> editingOnA.save(paragraphId, "Based on a revision that does not exist.", 7));
            AsUser.editor(() -> editingOnA.save(paragraphId, "A real save.", 1));

            assertThat(heardOnB.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ParagraphActivity.Revised(articleId, paragraphId, 2, "editor"));
            assertThat(heardOnB.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    /** A new channel is listened to on the bus thread's next poll (at most a quarter second). */
    private static void waitUntilListening() throws InterruptedException {
        Thread.sleep(Duration.ofMillis(600));
    }

    private long importArticle() {
        var text = article("Two nodes").paragraph("One paragraph, saved on either node.");
        return ((ImportResult.Imported)
                        AsUser.editor(() -> importer.importArticle(text.bytes(), ArticleFormat.PLAIN_TEXT)))
                .articleId();
    }

    private long firstParagraph(long articleId) {
        return AsUser.editor(() -> paragraphs.window(articleId, paragraphs.positions(articleId, ParagraphFilter.ALL)))
                .getFirst()
                .id();
    }
}
