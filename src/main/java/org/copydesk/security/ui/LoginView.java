package org.copydesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/** Form login; on the embedded (trial) database it also names the demo accounts. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Copydesk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${copydesk.demo-accounts.enabled:false}") boolean demoAccounts) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var card = new Div(new H1("Copydesk"), new Paragraph(getTranslation("login.tagline")), form);
        card.addClassName("login-card");
        if (demoAccounts) {
            var hint = new Paragraph(getTranslation("login.demo-accounts"));
            hint.addClassName("login-hint");
            card.add(hint);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter("throttled");
        if (throttled.isPresent()) {
            var i18n = LoginI18n.createDefault();
            var error = new LoginI18n.ErrorMessage();
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(
                    getTranslation("login.throttled.message", throttled.get().replaceAll("[^0-9]", "")));
            i18n.setErrorMessage(error);
            form.setI18n(i18n);
            form.setError(true);
            return;
        }
        form.setError(parameters.getParameters().containsKey("error"));
    }
}
