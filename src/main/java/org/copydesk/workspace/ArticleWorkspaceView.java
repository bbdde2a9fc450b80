package org.copydesk.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.base.ui.StatusBadge;
import org.copydesk.editing.service.ParagraphEditingService;

/**
 * The article workspace: every paragraph as a row, source text on the left, corrected text on the right. The URL
 * holds the selection: {@code /articles/{id}/paragraphs/{n}} opens the article at paragraph n with its editor
 * focused, and focusing another paragraph's editor updates the address, so a link or a reload lands where one was.
 */
@Route(value = "articles/:articleId([0-9]{1,18})", layout = MainLayout.class)
@RouteAlias(value = "articles/:articleId([0-9]{1,18})/paragraphs/:position([0-9]{1,9})", layout = MainLayout.class)
@PermitAll
public class ArticleWorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleQueryService articles;
    private final ParagraphEditingService editing;
    private final List<ParagraphPanel> panels = new ArrayList<>();
    private String title = "Copydesk";

    public ArticleWorkspaceView(ArticleQueryService articles, ParagraphEditingService editing) {
        this.articles = articles;
        this.editing = editing;
        addClassName("workspace-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundException::new);
        ArticleDetail article = articles.find(id).orElseThrow(NotFoundException::new);
        title = article.title() + " · Copydesk";
        removeAll();
        panels.clear();
        add(header(article), columnHeadings());
        for (var paragraph : article.paragraphs()) {
            var panel = new ParagraphPanel(paragraph, editing, position -> showInAddressBar(id, position));
            panels.add(panel);
            add(panel);
        }
        event.getRouteParameters()
                .getInteger("position")
                .filter(position -> position >= 1 && position <= panels.size())
                .ifPresent(position -> panels.get(position - 1).select());
    }

    private void showInAddressBar(long articleId, int position) {
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, "articles/" + articleId + "/paragraphs/" + position));
    }

    private Div header(ArticleDetail article) {
        var back = new Anchor("", VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("workspace.back")));
        back.addClassName("back-link");
        var heading = new H2(article.title());
        heading.addClassName("article-heading");
        var meta = new Div(new StatusBadge(
                article.status().code(),
                getTranslation("article.status." + article.status().code())));
        meta.addClassName("article-meta");
        if (article.byline() != null) {
            meta.add(new Span(getTranslation("workspace.byline", article.byline())));
        }
        meta.add(new Span(
                getTranslation("workspace.paragraphs", article.paragraphs().size())));
        var header = new Div(back, heading, meta);
        header.addClassName("workspace-header");
        return header;
    }

    private Div columnHeadings() {
        var source = new Span(getTranslation("workspace.source"));
        var corrected = new Span(getTranslation("workspace.corrected"));
        var headings = new Div(new Span(), source, corrected);
        headings.addClassName("column-headings");
        return headings;
    }

    List<ParagraphPanel> panels() {
        return List.copyOf(panels);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
