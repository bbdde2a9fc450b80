package org.copydesk.test_support;

import org.copydesk.article.ArticleImported;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Fails an import part-way (after the article and its paragraphs were written) when its first paragraph asks for
 * it, so tests can check that a failed import leaves nothing behind.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestImportSabotage {

    public static final String FAIL_MARKER = "FAIL-THIS-IMPORT-AFTER-WRITING";

    @Bean
    Saboteur importSaboteur() {
        return new Saboteur();
    }

    public static class Saboteur {
        @EventListener
        void on(ArticleImported event) {
            if (event.paragraphs().stream().anyMatch(p -> p.text().contains(FAIL_MARKER))) {
                throw new IllegalStateException("import sabotaged by the test");
            }
        }
    }
}
