package org.copydesk.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntConsumer;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.comment.ui.CommentsDialog;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.ui.ParagraphEditor;
import org.copydesk.review.service.ChangeRequestNote;
import org.copydesk.review.service.ReviewService;
import org.copydesk.review.ui.ChangeRequestBox;
import org.copydesk.review.ui.ReviewRowActions;
import org.jspecify.annotations.Nullable;

/**
 * One row of the workspace: the paragraph's number and kind, its source text, its editor, and the review feature's
 * parts (actions, the reason it was sent back, its comments).
 */
class ParagraphPanel extends Div {

    private final ParagraphEditingService editing;
    private final Div corrected = new Div();
    private ParagraphEditor editor;
    private final ReviewRowActions review;

    ParagraphPanel(
            ParagraphRow paragraph,
            ParagraphEditingService editing,
            IntConsumer onFocus,
            ReviewService reviewService,
            CommentsDialog.Opener comments,
            @Nullable ChangeRequestNote note,
            int commentCount) {
        this.editing = editing;
        addClassNames("paragraph-panel", "kind-" + paragraph.kind().code());
        setId("paragraph-" + (paragraph.position() + 1));
        getElement().setAttribute("data-paragraph-id", String.valueOf(paragraph.id()));
        var number = new Span(String.valueOf(paragraph.position() + 1));
        number.addClassName("paragraph-number");
        var gutter = new Div(number);
        gutter.addClassName("paragraph-gutter");
        if (paragraph.kind() != ParagraphKind.BODY) {
            var kind =
                    new Span(getTranslation("paragraph.kind." + paragraph.kind().code()));
            kind.addClassName("paragraph-kind");
            gutter.add(kind);
        }
        var source = new Div();
        source.setText(paragraph.sourceText());
        source.addClassName("source-text");
        editor = new ParagraphEditor(paragraph, editing);
        editor.textArea().addFocusListener(e -> onFocus.accept(paragraph.position() + 1));
        review = new ReviewRowActions(paragraph, commentCount, reviewService, comments, this::reviewed);
        corrected.addClassName("corrected-side");
        corrected.add(editor, review);
        if (note != null) {
            corrected.add(new ChangeRequestBox(note));
        }
        add(gutter, source, corrected);
    }

    /** A review step changed the paragraph: show its new status; a resubmission clears the sent-back note. */
    private void reviewed(ParagraphRow now) {
        var fresh = new ParagraphEditor(now, editing);
        corrected.replace(editor, fresh);
        editor = fresh;
        corrected
                .getChildren()
                .filter(ChangeRequestBox.class::isInstance)
                .toList()
                .forEach(corrected::remove);
    }

    /** Brings this paragraph into view with its editor focused. */
    void select() {
        scrollIntoView();
        editor.textArea().focus();
    }

    ParagraphEditor editor() {
        return editor;
    }

    ReviewRowActions review() {
        return review;
    }
}
