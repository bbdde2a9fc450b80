package org.copydesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Copydesk's own page for a screen the signed-in account's role may not open, in development mode too. */
@AnonymousAllowed
public class ForbiddenView extends Div implements HasErrorParameter<AccessDeniedException> {

    public ForbiddenView() {
        addClassName("error-view");
        getStyle().set("padding", "var(--lumo-space-l)");
        setId("forbidden");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(
                new H2(getTranslation("error.forbidden.title")),
                new Paragraph(getTranslation("error.forbidden.message")),
                new Anchor("", getTranslation("error.back-to-articles")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
