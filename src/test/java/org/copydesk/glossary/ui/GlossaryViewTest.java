package org.copydesk.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.suggest.service.SuggestionService;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CopydeskContext
class GlossaryViewTest extends SpringBrowserlessTest {

    @Autowired
    SuggestionService suggestions;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_adds_a_forbidden_term_and_suggestions_use_it_at_once() {
        navigate(GlossaryView.class);
        String term = "zzgloss" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        var fields = find(TextField.class).all();
        fields.get(0).setValue(term);
        fields.get(1).setValue("house word");
        find(Button.class).withText("Add term").single().click();

        @SuppressWarnings("unchecked")
        Grid<GlossaryEntry> grid = find(Grid.class).single();
        assertThat(grid.getListDataView().getItems().map(GlossaryEntry::term)).contains(term);
        assertThat(suggestions.suggest("We saw a " + term + " today.")).anySatisfy(s -> {
            assertThat(s.source()).isEqualTo("glossary");
            assertThat(s.replacement()).isEqualTo("house word");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_duplicate_term_is_refused() {
        navigate(GlossaryView.class);
        String term = "zzdup" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        for (int i = 0; i < 2; i++) {
            find(TextField.class).all().get(0).setValue(term);
            find(Button.class).withText("Add term").single().click();
        }
        @SuppressWarnings("unchecked")
        Grid<GlossaryEntry> grid = find(Grid.class).single();
        assertThat(grid.getListDataView().getItems().filter(e -> e.term().equals(term)))
                .hasSize(1);
    }
}
