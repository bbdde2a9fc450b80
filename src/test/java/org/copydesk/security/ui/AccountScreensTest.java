package org.copydesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.copydesk.article.ui.ArticleListView;
import org.copydesk.security.Role;
import org.copydesk.security.service.AccountAdministrationService;
import org.copydesk.security.service.AccountResult;
import org.copydesk.security.service.AccountSummary;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The account screens without a browser: an admin creates an account; a reset password must be changed first. */
@CopydeskContext
class AccountScreensTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdministrationService accounts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_an_account_and_sees_its_temporary_password_once() {
        var view = navigate(AccountsView.class);
        String name = "screen" + System.nanoTime();

        test(find(Button.class).withText("New account").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Username").single()).setValue(name);
        test(find(TextField.class, dialog).withCaption("Name").single()).setValue("Screen Person");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class, dialog).single();
        roles.setValue(Set.of(Role.REVIEWER));
        test(find(Button.class, dialog).withText("Save").single()).click();

        var secret = find(Span.class).withClassName("secret").single().getText();
        assertThat(secret).hasSize(14);
        assertThat(view.grid().getListDataView().getItems())
                .filteredOn(a -> a.username().equals(name))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.roles()).containsExactly(Role.REVIEWER);
                    assertThat(a.mustChangePassword()).isTrue();
                });
    }

    @Test
    @WithMockUser(username = "gated", roles = "EDITOR")
    void after_a_reset_every_screen_leads_to_my_account_until_the_password_is_changed() {
        AccountSummary gated = AsUser.call("admin", () -> accounts.list(), Role.ADMIN).stream()
                .filter(a -> a.username().equals("gated"))
                .findFirst()
                .orElseGet(() -> ((AccountResult.Done) AsUser.call(
                                "admin", () -> accounts.create("gated", "Gated", Set.of(Role.EDITOR)), Role.ADMIN))
                        .account());
        var reset = (AccountResult.Done) AsUser.call("admin", () -> accounts.resetPassword(gated.id()), Role.ADMIN);

        assertThatThrownBy(() -> navigate(ArticleListView.class)).hasMessageContaining("MyAccountView");
        var mine = (MyAccountView) getCurrentView();
        assertThat(find(Span.class)
                        .withText("Your password was reset. Choose a new one before you continue.")
                        .all())
                .hasSize(1);

        test(mine.currentPassword()).setValue(reset.temporaryPassword());
        test(mine.newPassword()).setValue("my own secret");
        test(mine.repeatPassword()).setValue("my own secret");
        test(mine.changeButton()).click();

        assertThat(navigate(ArticleListView.class)).isInstanceOf(ArticleListView.class);
    }
}
