package org.copydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.copydesk.audit.service.AuditEntryView;
import org.copydesk.audit.ui.AuditLogView;
import org.copydesk.security.Role;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CopydeskContext
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    void an_admin_filters_the_log_by_who_and_what() {
        AsUser.call(
                "admin",
                () -> ((org.copydesk.security.service.CreateTokenResult.Created)
                                tokens.create("seen in the audit screen", null))
                        .token(),
                Role.ADMIN);
        navigate(AuditLogView.class);

        test(find(com.vaadin.flow.component.textfield.TextField.class)
                        .withCaption("Who")
                        .single())
                .setValue("admin");
        @SuppressWarnings("unchecked")
        var what = (com.vaadin.flow.component.select.Select<String>)
                find(com.vaadin.flow.component.select.Select.class).single();
        what.setValue("token_created");

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<AuditEntryView>)
                find(com.vaadin.flow.component.grid.Grid.class).single();
        var shown = grid.getLazyDataView().getItems().toList();
        assertThat(shown).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("token_created");
        });
        assertThat(shown).extracting(AuditEntryView::details).contains("seen in the audit screen");
    }
}
