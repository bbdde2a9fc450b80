package org.copydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Unknown addresses, unknown articles and screens of another role show Copydesk's own pages, not Vaadin's. */
@CopydeskContext
@WithMockUser(username = "editor", roles = "EDITOR")
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    void an_unknown_address_shows_the_not_found_page() {
        navigate("no/such/page", NotFoundView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void an_unknown_article_shows_the_not_found_page() {
        navigate("articles/987654321", NotFoundView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void an_article_id_that_is_no_number_shows_the_not_found_page() {
        navigate("articles/not-a-number", NotFoundView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void a_screen_of_another_role_shows_the_forbidden_page() {
        navigate("test-admin-only", ForbiddenView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Not allowed");
    }
}
