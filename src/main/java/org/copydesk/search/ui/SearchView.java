package org.copydesk.search.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.search.SearchQuery;
import org.copydesk.search.service.ReplaceService;
import org.copydesk.search.service.SavedSearchService;
import org.copydesk.search.service.SearchResult;
import org.copydesk.search.service.SearchService;
import org.jspecify.annotations.Nullable;

/**
 * Search and replace across articles: the form with saved searches as quick filters, the results page by page,
 * and (for editors, reviewers and admins) the replace preview with a checkbox per paragraph.
 */
@Route(value = "search", layout = MainLayout.class)
@PageTitle("Search · Copydesk")
@StyleSheet("styles/search.css")
@PermitAll
public class SearchView extends Div {

    private final SearchService search;
    private final SearchForm form;
    private final ResultsPanel results;
    private final @Nullable ReplacePanel replace;

    public SearchView(
            SearchService search,
            ReplaceService replace,
            SavedSearchService savedSearches,
            AuthenticationContext authentication) {
        this.search = search;
        addClassName("search-view");
        form = new SearchForm(query -> run(0));
        results = new ResultsPanel(this::run, article -> {
            form.limitToArticle(article.articleId());
            run(0);
        });
        var saved = new SavedSearchBar(savedSearches, form::query, chosen -> {
            form.show(chosen.query());
            run(0);
        });
        add(new H2(getTranslation("search.title")), saved, form);
        if (authentication.hasAnyRole("EDITOR", "REVIEWER", "ADMIN")) {
            this.replace = new ReplacePanel(replace, form::query);
            add(this.replace);
        } else {
            this.replace = null;
        }
        add(results);
    }

    private void run(int page) {
        SearchQuery query = form.query();
        switch (search.search(query, page, 50)) {
            case SearchResult.Found found -> results.show(found.page());
            case SearchResult.Invalid invalid -> results.showProblem(invalid.reason());
            case SearchResult.TimedOut timedOut -> results.showProblem(timedOut.reason());
        }
    }

    SearchForm form() {
        return form;
    }

    @Nullable
    ReplacePanel replacePanel() {
        return replace;
    }
}
