package org.copydesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.copydesk.search.service.ArticleHits;
import org.copydesk.search.service.SearchPage;

/** A page of hits with totals, counts per article (click one to search only there) and paging. */
class ResultsPanel extends Div {

    private final IntConsumer onPage;
    private final Consumer<ArticleHits> onArticle;

    ResultsPanel(IntConsumer onPage, Consumer<ArticleHits> onArticle) {
        this.onPage = onPage;
        this.onArticle = onArticle;
        addClassName("search-results");
    }

    void show(SearchPage page) {
        removeAll();
        var summary =
                new Span(getTranslation("search.summary", page.matchCount(), page.hitCount(), page.articleCount()));
        summary.addClassName("search-summary");
        add(summary);
        if (page.hitCount() == 0) {
            return;
        }
        var perArticle = new Div();
        perArticle.addClassName("search-articles");
        for (ArticleHits article : page.articles()) {
            var button = new Button(
                    getTranslation("search.article-count", article.title(), article.matches()),
                    e -> onArticle.accept(article));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            perArticle.add(button);
        }
        add(perArticle);
        page.hits().forEach(hit -> add(new HitRow(hit)));
        var previous = new Button(getTranslation("search.previous"), e -> onPage.accept(page.page() - 1));
        previous.setEnabled(page.page() > 0);
        var next = new Button(getTranslation("search.next"), e -> onPage.accept(page.page() + 1));
        next.setEnabled(page.page() + 1 < page.pageCount());
        var paging =
                new Div(previous, new Span(getTranslation("search.page", page.page() + 1, page.pageCount())), next);
        paging.addClassName("search-paging");
        add(paging);
    }

    void showProblem(String reason) {
        removeAll();
        var problem = new Span(reason);
        problem.addClassName("search-problem");
        add(problem);
    }
}
