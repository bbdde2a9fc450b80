package org.copydesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.security.Role;
import org.copydesk.security.service.AccountAdministrationService;
import org.copydesk.security.service.AccountResult;
import org.copydesk.security.service.AccountSummary;

/**
 * Accounts for admins: create (with a temporary password shown once), disable and enable, change roles, reset a
 * password. The server refuses what would lock out the last admin and says why.
 */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Accounts · Copydesk")
@RolesAllowed("ADMIN")
public class AccountsView extends Div {

    private final AccountAdministrationService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(AccountAdministrationService accounts) {
        this.accounts = accounts;
        addClassName("accounts-view");
        var create = new Button(getTranslation("accounts.create"), e -> createDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(AccountSummary::username)
                .setHeader(getTranslation("accounts.column.username"))
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("accounts.column.name"))
                .setAutoWidth(true);
        grid.addColumn(a -> roles(a.roles()))
                .setHeader(getTranslation("accounts.column.roles"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.column.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(2);
        grid.addClassName("accounts-grid");
        add(new H2(getTranslation("accounts.title")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private Div actions(AccountSummary a) {
        var toggle = new Button(
                getTranslation(a.enabled() ? "accounts.disable" : "accounts.enable"),
                e -> outcome(accounts.setEnabled(a.id(), !a.enabled()), null));
        var roles = new Button(getTranslation("accounts.roles"), e -> rolesDialog(a));
        var reset = new Button(
                getTranslation("accounts.reset"), e -> outcome(accounts.resetPassword(a.id()), a.username()));
        for (Button b : new Button[] {toggle, roles, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        var div = new Div(toggle, roles, reset);
        div.addClassName("account-actions");
        return div;
    }

    private void createDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.create"));
        var username = new TextField(getTranslation("accounts.column.username"));
        var name = new TextField(getTranslation("accounts.column.name"));
        var roles = roleChoice(EnumSet.of(Role.EDITOR));
        var save = new Button(getTranslation("accounts.save"), e -> {
            dialog.close();
            outcome(
                    accounts.create(username.getValue().strip(), name.getValue(), roles.getValue()),
                    username.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(username, name, roles));
        dialog.getFooter().add(new Button(getTranslation("review.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void rolesDialog(AccountSummary a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.roles-of", a.username()));
        var roles = roleChoice(a.roles());
        var save = new Button(getTranslation("accounts.save"), e -> {
            dialog.close();
            outcome(accounts.changeRoles(a.id(), roles.getValue()), null);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("review.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private CheckboxGroup<Role> roleChoice(Set<Role> current) {
        var roles = new CheckboxGroup<Role>(getTranslation("accounts.column.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        roles.setValue(current);
        return roles;
    }

    /** Shows the outcome; a temporary password is shown once, in a dialog, for the admin to pass on. */
    private void outcome(AccountResult result, String passwordFor) {
        switch (result) {
            case AccountResult.Done done -> {
                refresh();
                if (!done.temporaryPassword().isEmpty()) {
                    var dialog = new Dialog();
                    dialog.addClassName("temporary-password");
                    dialog.setHeaderTitle(getTranslation("accounts.temporary", passwordFor));
                    var secret = new Span(done.temporaryPassword());
                    secret.addClassName("secret");
                    dialog.add(new Div(new Span(getTranslation("accounts.temporary-note"))), secret);
                    dialog.getFooter().add(new Button(getTranslation("comment.close"), e -> dialog.close()));
                    dialog.open();
                }
            }
            case AccountResult.Refused refused ->
                Notification.show(refused.reason(), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            case AccountResult.NotFound notFound -> refresh();
        }
    }

    private String roles(Set<Role> roles) {
        return roles.stream()
                .map(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    Grid<AccountSummary> grid() {
        return grid;
    }
}
