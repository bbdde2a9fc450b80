package org.copydesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.copydesk.article.FourEyes;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.review.service.BulkReviewResult;
import org.copydesk.review.service.ReviewQueueItem;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.CurrentUser;

/**
 * Bulk approval of one article: every submitted paragraph with its diffs on one page, then one confirmation that
 * names how many will be approved and which are skipped (four eyes), then the outcome as the server decided it.
 */
@Route(value = "articles/:articleId/review", layout = MainLayout.class)
@PageTitle("Approve article · Copydesk")
@RolesAllowed({"REVIEWER", "ADMIN"})
@StyleSheet("styles/review.css")
public class ArticleReviewView extends Div implements BeforeEnterObserver {

    private final ReviewService review;
    private final Button approveAll = new Button();
    private final Div outcome = new Div();
    private long articleId;
    private List<ReviewQueueItem> items = List.of();

    public ArticleReviewView(ReviewService review) {
        this.review = review;
        addClassName("article-review-view");
        approveAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approveAll.addClickListener(e -> confirm());
        outcome.addClassName("bulk-outcome");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        items = review.submittedIn(articleId);
        removeAll();
        var back = new Anchor("articles/" + articleId, getTranslation("review.bulk.back"));
        add(
                back,
                new H2(
                        items.isEmpty()
                                ? getTranslation("review.bulk.none")
                                : items.getFirst().articleTitle()));
        approveAll.setText(
                getTranslation("review.bulk.approve-all", approvable().size()));
        approveAll.setEnabled(!approvable().isEmpty());
        add(new Div(approveAll), outcome);
        items.forEach(item -> add(new ReviewItemPanel(item)));
    }

    private List<ReviewQueueItem> approvable() {
        return items.stream()
                .filter(i -> FourEyes.refusal(CurrentUser.username(), i.latestAuthor())
                        .isEmpty())
                .toList();
    }

    private void confirm() {
        var dialog = new Dialog();
        dialog.addClassName("bulk-confirm");
        int count = approvable().size();
        dialog.setHeaderTitle(getTranslation("review.bulk.confirm", count));
        List<ReviewQueueItem> skipped =
                items.stream().filter(i -> !approvable().contains(i)).toList();
        if (!skipped.isEmpty()) {
            dialog.add(new Span(getTranslation("review.bulk.will-skip", skipped.size())));
            dialog.add(list(skipped.stream()
                    .map(i -> getTranslation("review.bulk.skipped-item", i.position(), FourEyes.REASON))
                    .toList()));
        }
        var yes = new Button(getTranslation("review.bulk.approve-all", count), e -> {
            dialog.close();
            approve();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        dialog.getFooter().add(new Button(getTranslation("review.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }

    private void approve() {
        switch (review.approveArticle(articleId)) {
            case BulkReviewResult.Done done -> {
                render();
                outcome.removeAll();
                outcome.add(
                        new Span(getTranslation("review.bulk.done", done.done().size())));
                if (!done.skipped().isEmpty()) {
                    outcome.add(list(done.skipped().stream()
                            .map(s -> getTranslation("review.bulk.skipped-item", s.position(), s.reason()))
                            .toList()));
                }
            }
            case BulkReviewResult.NotFound notFound -> throw new NotFoundException();
        }
    }

    private static UnorderedList list(List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    Button approveAllButton() {
        return approveAll;
    }

    Div outcome() {
        return outcome;
    }
}
