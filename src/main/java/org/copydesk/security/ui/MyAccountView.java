package org.copydesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.security.service.AccountAdministrationService;
import org.copydesk.security.service.AccountResult;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.security.service.ApiTokenSummary;
import org.copydesk.security.service.CreateTokenResult;
import org.copydesk.security.service.CreatedToken;

/** Your account: change your password (required after a reset) and manage your API tokens. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("My account · Copydesk")
@PermitAll
public class MyAccountView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final AccountAdministrationService accounts;
    private final ApiTokenService tokens;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button change = new Button();
    private final Grid<ApiTokenSummary> tokenGrid = new Grid<>();
    private final Div newToken = new Div();

    public MyAccountView(AccountAdministrationService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
        addClassName("my-account-view");
        add(new H2(getTranslation("account.title")));
        if (accounts.mustChangePassword()) {
            var must = new Div(new Span(getTranslation("account.must-change")));
            must.addClassName("must-change-password");
            add(must);
        }
        current.setLabel(getTranslation("account.current"));
        fresh.setLabel(getTranslation("account.new"));
        repeat.setLabel(getTranslation("account.repeat"));
        change.setText(getTranslation("account.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changePassword());
        var form = new Div(current, fresh, repeat, change);
        form.addClassName("password-form");
        add(new H3(getTranslation("account.password")), form);

        var name = new TextField(getTranslation("account.token-name"));
        var create = new Button(getTranslation("account.token-create"), e -> createToken(name));
        tokenGrid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("account.token-name"));
        tokenGrid.addColumn(t -> WHEN.format(t.createdAt())).setHeader(getTranslation("account.token-created"));
        tokenGrid
                .addColumn(t -> t.revokedAt() == null ? "" : WHEN.format(t.revokedAt()))
                .setHeader(getTranslation("account.token-revoked"));
        tokenGrid.addComponentColumn(t -> {
            var revoke = new Button(getTranslation("account.token-revoke"), e -> {
                tokens.revokeMine(t.id());
                refreshTokens();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setVisible(t.revokedAt() == null);
            return revoke;
        });
        tokenGrid.setAllRowsVisible(true);
        newToken.addClassName("new-token");
        add(new H3(getTranslation("account.tokens")), new Div(name, create), newToken, tokenGrid);
        refreshTokens();
    }

    private void changePassword() {
        if (!fresh.getValue().equals(repeat.getValue())) {
            error(getTranslation("account.mismatch"));
            return;
        }
        switch (accounts.changeOwnPassword(current.getValue(), fresh.getValue())) {
            case AccountResult.Done done -> {
                current.clear();
                fresh.clear();
                repeat.clear();
                getChildren()
                        .filter(c -> c.hasClassName("must-change-password"))
                        .toList()
                        .forEach(this::remove);
                Notification.show(getTranslation("account.changed"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case AccountResult.Refused refused -> error(refused.reason());
            case AccountResult.NotFound notFound -> error(getTranslation("account.gone"));
        }
    }

    private void createToken(TextField name) {
        if (name.getValue().isBlank() || name.getValue().length() > 100) {
            error(getTranslation("account.token-name-needed"));
            return;
        }
        CreatedToken token;
        switch (tokens.create(name.getValue().strip(), null)) {
            case CreateTokenResult.Created created -> token = created.token();
            case CreateTokenResult.NotAllowed notAllowed -> {
                error(notAllowed.reason());
                return;
            }
            case CreateTokenResult.Invalid invalid -> {
                error(invalid.reason());
                return;
            }
        }
        name.clear();
        newToken.removeAll();
        var secret = new Span(token.token());
        secret.addClassName("secret");
        newToken.add(new Span(getTranslation("account.token-shown-once")), secret);
        refreshTokens();
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.listMine());
    }

    private static void error(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    PasswordField currentPassword() {
        return current;
    }

    PasswordField newPassword() {
        return fresh;
    }

    PasswordField repeatPassword() {
        return repeat;
    }

    Button changeButton() {
        return change;
    }
}
