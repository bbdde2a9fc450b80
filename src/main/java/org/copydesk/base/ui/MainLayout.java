package org.copydesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;

/** The frame around every signed-in screen: the product name, navigation, and who is signed in. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(
            AuthenticationContext authentication,
            ObjectProvider<NavigationEntry> entries,
            ObjectProvider<TopBarWidget> widgets) {
        var brand = new Anchor("", "Copydesk");
        brand.addClassName("brand");
        var articles = new Anchor("", getTranslation("nav.articles"));
        articles.addClassName("nav-link");
        var spacer = new Div();
        spacer.addClassName("spacer");
        var user = new Span(
                VaadinIcon.USER.create(),
                new Span(authentication.getPrincipalName().orElse("")));
        user.addClassName("signed-in-user");
        var signOut = new Button(getTranslation("nav.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new Div(brand, articles);
        entries.stream()
                .filter(entry -> entry.roles().isEmpty()
                        || authentication.hasAnyRole(entry.roles().toArray(String[]::new)))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(entry -> {
                    var link = new RouterLink(getTranslation(entry.labelKey()), entry.target());
                    link.addClassName("nav-link");
                    bar.add(link);
                });
        bar.add(spacer);
        widgets.orderedStream().forEach(widget -> bar.add(widget.create()));
        bar.add(user, signOut);
        bar.addClassName("top-bar");
        addToNavbar(bar);
        // No side navigation yet: without this the empty drawer takes a quarter of the screen.
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
    }
}
