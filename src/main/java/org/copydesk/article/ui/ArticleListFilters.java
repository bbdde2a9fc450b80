package org.copydesk.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.function.Consumer;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.service.ArticleListQuery;
import org.jspecify.annotations.Nullable;

/**
 * The list's filters: a status, a part of the title, and the order. Reports each new query upward after every
 * change the user makes.
 */
class ArticleListFilters extends Composite<Div> {

    private final Select<@Nullable ArticleStatus> status = new Select<>();
    private final TextField title = new TextField();
    private final Select<ArticleListQuery.Order> order = new Select<>();
    private final Consumer<ArticleListQuery> onChange;
    private boolean showing;

    ArticleListFilters(Consumer<ArticleListQuery> onChange) {
        this.onChange = onChange;
        status.setLabel(getTranslation("articles.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("articles.filter.any-status"));
        status.setItems(Arrays.asList(ArticleStatus.values()));
        status.setItemLabelGenerator(s -> s == null
                ? getTranslation("articles.filter.any-status")
                : getTranslation("article.status." + s.code()));
        title.setLabel(getTranslation("articles.filter.title"));
        title.setPlaceholder(getTranslation("articles.filter.title-placeholder"));
        title.setPrefixComponent(VaadinIcon.SEARCH.create());
        title.setClearButtonVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        order.setLabel(getTranslation("articles.filter.order"));
        order.setItems(ArticleListQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("articles.order." + o.code()));
        order.setValue(ArticleListQuery.Order.ACTIVITY);
        status.addValueChangeListener(e -> report());
        title.addValueChangeListener(e -> report());
        order.addValueChangeListener(e -> report());
        getContent().add(status, title, order);
        getContent().addClassName("article-filters");
    }

    /** Sets the fields to {@code query} (from the address) and reports it once. */
    void show(ArticleListQuery query) {
        showing = true;
        try {
            status.setValue(query.status());
            title.setValue(query.titleContains() == null ? "" : query.titleContains());
            order.setValue(query.order());
        } finally {
            showing = false;
        }
        report();
    }

    private void report() {
        if (!showing) {
            onChange.accept(new ArticleListQuery(status.getValue(), title.getValue(), order.getValue()));
        }
    }
}
