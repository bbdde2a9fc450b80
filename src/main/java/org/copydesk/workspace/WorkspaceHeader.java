package org.copydesk.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.text.NumberFormat;
import java.util.Locale;
import org.copydesk.article.service.ArticleSummary;
import org.copydesk.base.ui.StatusBadge;
import org.copydesk.base.ui.ViewerTime;
import org.jspecify.annotations.Nullable;

/** The article's title, byline, status and how much work is left. */
class WorkspaceHeader extends Div {

    private final H2 heading = new H2();
    private final StatusBadge status = new StatusBadge("in_progress", "");
    private final Span byline = new Span();
    private final Span counts = new Span();
    private final Div actions = new Div();
    private final Div overview = new Div();

    WorkspaceHeader() {
        addClassName("workspace-header");
        var back = new Anchor("", VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("workspace.back")));
        back.addClassName("back-link");
        heading.addClassName("article-heading");
        byline.addClassName("article-byline");
        counts.addClassName("article-counts");
        var meta = new Div(status, byline, counts);
        meta.addClassName("article-meta");
        actions.addClassName("article-actions");
        overview.addClassName("article-overview");
        add(back, heading, meta, actions, overview);
    }

    /** The article-wide actions the features offer (export, submit all edited, …). */
    void actions(Component... components) {
        actions.removeAll();
        actions.add(components);
    }

    /** A feature's picture of the whole article under the title (the spin-residue heat strip). */
    void overview(Component... components) {
        overview.removeAll();
        overview.add(components);
    }

    void show(ArticleSummary article) {
        heading.setText(article.title());
        status.show(
                article.status().code(),
                getTranslation("article.status." + article.status().code()));
        String shown = byline(article.byline());
        byline.setVisible(shown != null);
        byline.setText(shown == null ? "" : shown);
        NumberFormat numbers = NumberFormat.getIntegerInstance(ViewerTime.locale());
        counts.setText(getTranslation(
                "workspace.counts",
                numbers.format(article.paragraphCount()),
                numbers.format(article.needingWork()),
                numbers.format(article.work())));
    }

    /** "By Jane Doe" for a byline "Jane Doe", and the byline as it is when it already starts with "By". */
    @Nullable
    String byline(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.strip();
        if (trimmed.toLowerCase(Locale.ROOT).matches("^by[\\s:].*")) {
            return trimmed;
        }
        return getTranslation("workspace.byline", trimmed);
    }
}
