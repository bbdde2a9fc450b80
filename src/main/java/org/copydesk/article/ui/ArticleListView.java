package org.copydesk.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleListItem;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.base.ui.StatusBadge;

/** Every article, newest first, with its progress; loads lazily page by page, so the list scales. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Articles · Copydesk")
@PermitAll
public class ArticleListView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Grid<ArticleListItem> grid = new Grid<>();

    public ArticleListView(
            ArticleQueryService articles, ArticleImportService importer, AuthenticationContext authentication) {
        addClassName("article-list-view");
        setSizeFull();
        var heading = new H2(getTranslation("articles.title"));
        var header = new Div(heading);
        header.addClassName("view-header");
        if (authentication.hasAnyRole("EDITOR", "ADMIN")) {
            header.add(new ArticleUpload(importer, id -> {
                grid.getDataProvider().refreshAll();
                grid.getUI().ifPresent(ui -> ui.navigate("articles/" + id));
            }));
        }
        configureGrid();
        var filters = new ArticleListFilters(
                query -> grid.setItems(page -> articles.list(query, page.getOffset(), page.getLimit()).stream()));
        add(header, filters, grid);
    }

    private void configureGrid() {
        grid.addClassName("article-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(item -> {
                    var title = new Span(item.title());
                    title.addClassName("article-title");
                    return title;
                }))
                .setHeader(getTranslation("articles.column.title"))
                .setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(item -> new StatusBadge(
                        item.status().code(),
                        getTranslation("article.status." + item.status().code()))))
                .setHeader(getTranslation("articles.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ProgressCell::new))
                .setHeader(getTranslation("articles.column.progress"))
                .setWidth("17rem")
                .setFlexGrow(0);
        grid.addColumn(ArticleListItem::paragraphCount)
                .setHeader(getTranslation("articles.column.paragraphs"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> WHEN.format(item.updatedAt()))
                .setHeader(getTranslation("articles.column.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate("articles/" + e.getItem().id())));
        grid.setSizeFull();
    }
}
