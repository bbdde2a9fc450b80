package org.copydesk.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.IntConsumer;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.ui.ParagraphEditor;

/** One row of the workspace: the paragraph's number and kind, its source text, and its editor. */
class ParagraphPanel extends Div {

    private final ParagraphEditor editor;

    ParagraphPanel(ParagraphRow paragraph, ParagraphEditingService editing, IntConsumer onFocus) {
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
        add(gutter, source, editor);
    }

    /** Brings this paragraph into view with its editor focused. */
    void select() {
        scrollIntoView();
        editor.textArea().focus();
    }

    ParagraphEditor editor() {
        return editor;
    }
}
