package org.copydesk.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus our own plain stylesheet (frontend/styles, copied to static resources by the build). Plain CSS loaded
 * with {@code @StyleSheet} keeps Vaadin on its pre-compiled bundles: no npm or Node build (see docs/adr). Server
 * push carries other people's saves to open screens; the colour scheme follows the system setting (Lumo dark).
 */
@Push
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/copydesk.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Copydesk");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
