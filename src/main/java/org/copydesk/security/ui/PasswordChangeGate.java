package org.copydesk.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.copydesk.security.service.AccountAdministrationService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * After an admin reset your password, every screen leads to "My account" until you have chosen a new one. (The REST
 * API is not gated: a temporary password still signs in there, which the issue leaves to the access rules.)
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountAdministrationService accounts;

    PasswordChangeGate(AccountAdministrationService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        Class<?> target = event.getNavigationTarget();
        if (target != MyAccountView.class && target != LoginView.class && accounts.mustChangePassword()) {
            event.rerouteTo(MyAccountView.class);
        }
    }
}
