package org.copydesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleListItem;
import org.copydesk.article.service.ArticleListQuery;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.base.ui.SelectionAction;
import org.copydesk.base.ui.StatusBadge;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Every article, most recently active first, with its progress; loads lazily page by page and never counts, so the
 * list scales. The address holds the filters ({@code /?status=in_review&q=visa&sort=title}), so a link or a
 * reload shows the same list.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Articles · Copydesk")
@PermitAll
public class ArticleListView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final Grid<ArticleListItem> grid = new Grid<>();
    private final ArticleListFilters filters = new ArticleListFilters(this::show);
    private ArticleListQuery query = ArticleListQuery.ALL;

    public ArticleListView(
            ArticleQueryService articles,
            ArticleImportService importer,
            AuthenticationContext authentication,
            ObjectProvider<SelectionAction> selectionActions) {
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
        selectionActions
                .orderedStream()
                .forEach(action -> header.add(new Button(
                        getTranslation(action.labelKey()),
                        e -> action.run(grid.getSelectedItems().stream()
                                .map(ArticleListItem::id)
                                .toList()))));
        configureGrid();
        grid.setItems(page -> articles.list(query, page.getOffset(), page.getLimit()).stream());
        add(header, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(ArticleListAddress.read(event.getLocation().getQueryParameters()));
    }

    private void show(ArticleListQuery shown) {
        query = shown;
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("", ArticleListAddress.write(shown))));
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
        grid.addColumn(new ComponentRenderer<>(ResidueCell::new))
                .setHeader(getTranslation("articles.column.residue"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ArticleListItem::paragraphCount)
                .setHeader(getTranslation("articles.column.paragraphs"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> WHEN.format(item.updatedAt()))
                .setHeader(getTranslation("articles.column.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // A click on the selection checkbox has no column; one that lands while the rows are being replaced has no
        // item any more: neither opens an article.
        grid.addItemClickListener(e -> Optional.ofNullable(e.getItem())
                .filter(item -> e.getColumn() != null)
                .ifPresent(item -> grid.getUI().ifPresent(ui -> ui.navigate("articles/" + item.id()))));
        grid.setSizeFull();
    }
}
