package org.copydesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.copydesk.review.service.BulkReviewResult;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;

/**
 * Article-wide review actions for the workspace header: "Submit selected (N)" for the rows ticked, "Submit all
 * edited" for everyone who edits, and a link to the bulk approval page for reviewers and admins. {@code onChanged}
 * runs after paragraphs were submitted. Opening the bar starts a new selection for the article.
 */
public class ArticleReviewBar extends Div {

    private final Button submitSelected = new Button();

    public ArticleReviewBar(long articleId, ReviewService review, Runnable onChanged) {
        addClassName("article-review-bar");
        SubmitSelection selection = SubmitSelection.start(articleId);
        submitSelected.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        submitSelected.addClassName("submit-selected");
        submitSelected.addClickListener(e -> {
            var result = review.submitSelection(articleId, selection.ids());
            selection.clear();
            submitted(result, onChanged);
        });
        selection.onChange(() -> showCount(selection));
        showCount(selection);
        var submitAll = new Button(
                getTranslation("review.submit-all"), e -> submitted(review.submitArticle(articleId), onChanged));
        submitAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        submitAll.addClassName("submit-all");
        add(submitSelected, submitAll);
        if (CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN)) {
            var bulk = new Anchor("articles/" + articleId + "/review", getTranslation("review.bulk.link"));
            bulk.addClassName("bulk-approve-link");
            add(bulk);
        }
    }

    private void submitted(BulkReviewResult result, Runnable onChanged) {
        switch (result) {
            case BulkReviewResult.Done done -> {
                ReviewNotes.bulk(this, done);
                onChanged.run();
            }
            case BulkReviewResult.NotFound notFound -> ReviewNotes.done(getTranslation("review.gone"));
        }
    }

    private void showCount(SubmitSelection selection) {
        int count = selection.ids().size();
        submitSelected.setText(getTranslation("review.submit-selected", count));
        submitSelected.setEnabled(count > 0);
    }

    Button submitSelectedButton() {
        return submitSelected;
    }
}
