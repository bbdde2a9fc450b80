package org.copydesk.workspace;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.comment.service.CommentService;
import org.copydesk.comment.ui.CommentsDialog;
import org.copydesk.review.service.ReviewService;
import org.copydesk.review.ui.ChangeRequestBox;
import org.copydesk.review.ui.ReviewRowActions;
import org.copydesk.review.ui.SubmitSelection;
import org.copydesk.suggest.ui.RowSuggestions;
import org.springframework.stereotype.Component;

/**
 * The one place where features put their own parts into a workspace row. A feature writes a component in its own
 * {@code ui} package that takes a {@link ParagraphRow} (and its own service), and adds one line here putting it into
 * {@link WorkspaceRow#actions()} or {@link WorkspaceRow#annotations()}; the feature itself never depends on the
 * workspace. Rows are created only while visible, so a contribution must be cheap to build: read lazily, or from data
 * its feature loaded once per batch of rows ({@link Batch}).
 */
@Component
class RowComposer {

    private final ReviewService review;
    private final CommentService comments;
    private final RowSuggestions.Services suggestions;

    RowComposer(ReviewService review, CommentService comments, RowSuggestions.Services suggestions) {
        this.review = review;
        this.comments = comments;
        this.suggestions = suggestions;
    }

    /**
     * What the features read once for all the rows that one fetch of the list creates, instead of once per row: the
     * article's comment counts (one grouped query, however many rows are in view).
     */
    Batch batch(long articleId) {
        return new Batch(comments.countsFor(articleId));
    }

    /** Read once per batch of rows; see {@link #batch}. */
    record Batch(Map<Long, Integer> commentCounts) {

        int commentsOn(long paragraphId) {
            return commentCounts.getOrDefault(paragraphId, 0);
        }
    }

    /**
     * Adds the features' parts to a freshly created row. Editing is built into the row; review adds its actions
     * (submit, approve, request changes, comments) and, while a paragraph is sent back, the reason under the text;
     * the unspin assistant its residue meter and underlined suggestions ({@code articleRevised} gets the paragraphs
     * an article-wide accept saved).
     */
    void compose(WorkspaceRow row, ParagraphRow paragraph, Batch batch, Consumer<List<ParagraphRow>> articleRevised) {
        row.getElement().setAttribute("data-status", paragraph.status().code());
        row.actions()
                .add(new ReviewRowActions(
                        paragraph,
                        batch.commentsOn(paragraph.id()),
                        review,
                        CommentsDialog.Opener.with(comments),
                        SubmitSelection.of(paragraph.articleId()),
                        now -> reviewed(row, now)));
        review.openChangeRequest(paragraph.id())
                .ifPresent(note -> row.annotations().add(new ChangeRequestBox(note)));
        if (row.editor() != null) {
            row.annotations().add(new RowSuggestions(row.editor(), suggestions, articleRevised));
        }
    }

    /** A review step in the row: its status shows at once, and a resubmission clears the sent-back note. */
    private static void reviewed(WorkspaceRow row, ParagraphRow now) {
        row.getElement().setAttribute("data-status", now.status().code());
        if (row.editor() != null) {
            row.editor().showStatus(now);
        }
        if (now.status() != ParagraphStatus.CHANGES_REQUESTED) {
            row.annotations()
                    .getChildren()
                    .filter(ChangeRequestBox.class::isInstance)
                    .toList()
                    .forEach(row.annotations()::remove);
        }
    }
}
