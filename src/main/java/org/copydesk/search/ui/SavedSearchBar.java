package org.copydesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.service.SaveSearchResult;
import org.copydesk.search.service.SavedSearchService;
import org.copydesk.search.service.SavedSearchView;

/** The account's saved searches as quick filters (click to run), and saving the current search under a name. */
class SavedSearchBar extends Div {

    private final SavedSearchService searches;
    private final Consumer<SavedSearchView> onChoose;
    private final Div chips = new Div();
    private final TextField name = new TextField();
    private final Span problem = new Span();

    SavedSearchBar(SavedSearchService searches, Supplier<SearchQuery> current, Consumer<SavedSearchView> onChoose) {
        this.searches = searches;
        this.onChoose = onChoose;
        addClassName("saved-searches");
        chips.addClassName("saved-search-chips");
        name.setPlaceholder(getTranslation("saved.name"));
        name.setAriaLabel(getTranslation("saved.name"));
        var save = new Button(getTranslation("saved.save"), e -> save(current.get()));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        problem.addClassName("search-problem");
        var form = new Div(name, save, problem);
        form.addClassName("saved-search-form");
        add(chips, form);
        refresh();
    }

    private void save(SearchQuery query) {
        switch (searches.save(name.getValue(), query)) {
            case SaveSearchResult.Saved saved -> {
                name.clear();
                problem.setText("");
                refresh();
            }
            case SaveSearchResult.Invalid invalid -> problem.setText(invalid.reason());
        }
    }

    private void refresh() {
        chips.removeAll();
        for (SavedSearchView search : searches.mine()) {
            var run = new Button(search.name(), e -> onChoose.accept(search));
            run.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            var delete = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                searches.delete(search.id());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            delete.setAriaLabel(getTranslation("saved.delete", search.name()));
            var chip = new Span(run, delete);
            chip.addClassName("saved-search-chip");
            chips.add(chip);
        }
    }
}
