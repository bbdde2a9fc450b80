package org.copydesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.article.FourEyes;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.comment.ui.CommentsDialog;
import org.copydesk.review.service.ReviewResult;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;

/**
 * The review controls of one workspace row: a tick for "Submit selected" and submit (editors; findings that hold the
 * paragraph back are shown, and reviewers may submit anyway with a reason), approve and request changes (reviewers
 * and admins, on submitted paragraphs; approve disabled with the four-eyes reason for the author of the latest
 * revision), and the paragraph's comments with their count. Reports each change upward with the paragraph as it now stands.
 */
@StyleSheet("styles/review.css")
public class ReviewRowActions extends Div {

    private final ReviewService review;
    private final CommentsDialog.Opener comments;
    private final Consumer<ParagraphRow> onChanged;
    private final SubmitSelection selection;
    private final Button commentsButton = new Button();
    private final Checkbox select = new Checkbox();
    private ParagraphRow paragraph;
    private int commentCount;

    public ReviewRowActions(
            ParagraphRow paragraph,
            int commentCount,
            ReviewService review,
            CommentsDialog.Opener comments,
            SubmitSelection selection,
            Consumer<ParagraphRow> onChanged) {
        this.paragraph = paragraph;
        this.selection = selection;
        this.commentCount = commentCount;
        this.review = review;
        this.comments = comments;
        this.onChanged = onChanged;
        addClassName("review-row-actions");
        select.addClassName("select-for-submit");
        select.addValueChangeListener(e -> selection.choose(this.paragraph.id(), e.getValue()));
        commentsButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        commentsButton.addClassName("comments-button");
        commentsButton.addClickListener(e -> comments.open(paragraph.id(), paragraph.position() + 1, count -> {
            this.commentCount = count;
            showCommentCount();
        }));
        show(paragraph);
    }

    /** Shows the buttons that fit the paragraph's status and the signed-in account. */
    public final void show(ParagraphRow current) {
        paragraph = current;
        removeAll();
        boolean reviewer = CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN);
        ParagraphStatus status = current.status();
        boolean submittable = current.kind() != ParagraphKind.BOILERPLATE
                && (status == ParagraphStatus.UNTOUCHED
                        || status == ParagraphStatus.EDITED
                        || status == ParagraphStatus.CHANGES_REQUESTED);
        selection.choose(current.id(), submittable && selection.isChosen(current.id()));
        if (submittable) {
            select.setValue(selection.isChosen(current.id()));
            select.setAriaLabel(getTranslation("review.select", current.position() + 1));
            select.setTooltipText(getTranslation("review.select", current.position() + 1));
            add(select);
            add(button("review.submit", false, () -> apply(review.submit(current.id()), "review.submitted")));
        }
        if (reviewer && status == ParagraphStatus.SUBMITTED) {
            Button approve =
                    button("review.approve", true, () -> apply(review.approve(current.id()), "review.approved"));
            Optional<String> fourEyes = FourEyes.refusal(CurrentUser.username(), current.updatedBy());
            add(approve);
            fourEyes.ifPresent(reason -> {
                approve.setEnabled(false);
                approve.setTooltipText(reason);
                var why = new Span(reason);
                why.addClassName("four-eyes-reason");
                add(why);
            });
            add(button(
                    "review.request-changes",
                    false,
                    () -> new RequestChangesDialog(
                                    current.position() + 1,
                                    (reason, comment) -> apply(
                                            review.requestChanges(current.id(), reason, comment),
                                            "review.sent-back-done"))
                            .open()));
        }
        add(commentsButton);
        showCommentCount();
    }

    private void apply(ReviewResult result, String doneKey) {
        if (result instanceof ReviewResult.Done done) {
            ReviewNotes.done(getTranslation(doneKey, done.paragraph().position() + 1));
            show(done.paragraph());
            onChanged.accept(done.paragraph());
        } else if (result instanceof ReviewResult.Blocked blocked) {
            long id = paragraph.id();
            new HeldBackDialog(
                            paragraph.position() + 1,
                            blocked.findings(),
                            reason -> apply(review.submitOverriding(id, reason), "review.submitted-anyway"))
                    .open();
        } else {
            ReviewNotes.refused(this, result);
        }
    }

    private Button button(String key, boolean primary, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
        button.addClassName(key.replace('.', '-'));
        return button;
    }

    private void showCommentCount() {
        commentsButton.setText(getTranslation("review.comments", commentCount));
    }

    Checkbox selectBox() {
        return select;
    }

    public ParagraphRow paragraph() {
        return paragraph;
    }
}
