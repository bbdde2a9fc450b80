package org.copydesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Copydesk's own page for an unknown address or an unknown article, in development mode too (where Vaadin would
 * otherwise list every route of the application).
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("error-view");
        getStyle().set("padding", "var(--lumo-space-l)");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H2(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.message")),
                new Anchor("", getTranslation("error.back-to-articles")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
