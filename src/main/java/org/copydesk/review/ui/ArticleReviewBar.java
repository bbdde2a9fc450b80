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
 * Article-wide review actions for the workspace header: "Submit all edited" for everyone who edits, and a link to
 * the bulk approval page for reviewers and admins. {@code onChanged} runs after paragraphs were submitted.
 */
public class ArticleReviewBar extends Div {

    public ArticleReviewBar(long articleId, ReviewService review, Runnable onChanged) {
        addClassName("article-review-bar");
        var submitAll = new Button(getTranslation("review.submit-all"), e -> {
            switch (review.submitArticle(articleId)) {
                case BulkReviewResult.Done done -> {
                    ReviewNotes.done(getTranslation(
                            "review.submitted-all",
                            done.done().size(),
                            done.skipped().size()));
                    onChanged.run();
                }
                case BulkReviewResult.NotFound notFound -> ReviewNotes.done(getTranslation("review.gone"));
            }
        });
        submitAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        submitAll.addClassName("submit-all");
        add(submitAll);
        if (CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN)) {
            var bulk = new Anchor("articles/" + articleId + "/review", getTranslation("review.bulk.link"));
            bulk.addClassName("bulk-approve-link");
            add(bulk);
        }
    }
}
