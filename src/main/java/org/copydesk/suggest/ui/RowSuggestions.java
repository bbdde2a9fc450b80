package org.copydesk.suggest.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.ui.ParagraphEditor;
import org.copydesk.suggest.service.SpinResidueService;
import org.copydesk.suggest.service.SuggestionDecisions;
import org.copydesk.suggest.service.SuggestionService;
import org.springframework.stereotype.Component;

/**
 * A workspace row's unspin assistant, under its editor: the spin residue left and the text as the editor has it,
 * with its suggestions underlined. It follows the editor: after a typing pause, a save or an accept it analyses the
 * text anew (one paragraph, so building a row stays cheap; nothing is computed for rows out of view).
 */
@StyleSheet("styles/suggest.css")
public class RowSuggestions extends Div {

    /** The services a row's suggestions use (one bean, so a row composer needs one parameter for them). */
    @Component
    public record Services(SuggestionService suggestions, SuggestionDecisions decisions, SpinResidueService residue) {}

    private final ParagraphEditor editor;
    private final Services services;
    private final SpinResidueMeter meter = new SpinResidueMeter();
    private final SuggestionHighlights highlights;

    /** {@code articleChanged} gets the paragraphs saved by "accept all like this" across the article. */
    public RowSuggestions(ParagraphEditor editor, Services services, Consumer<List<ParagraphRow>> articleChanged) {
        this.editor = editor;
        this.services = services;
        addClassName("row-suggestions");
        highlights = new SuggestionHighlights(
                services.suggestions(), new DecisionActions(services.decisions(), editor, articleChanged));
        var label = new Span(getTranslation("suggest.row-label"));
        label.addClassName("row-suggestions-label");
        var top = new Div(label, meter);
        top.addClassName("row-suggestions-top");
        add(top, highlights);
        editor.textArea().addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Analyses the editor's text again: residue against the source, and the suggestions for it. */
    public void refresh() {
        String text = editor.textArea().getValue();
        meter.show(services.residue().forParagraph(editor.paragraph().sourceText(), text));
        int shown = highlights.show(text);
        setClassName("has-suggestions", shown > 0);
        highlights.setVisible(shown > 0);
    }

    public SuggestionHighlights highlights() {
        return highlights;
    }

    public SpinResidueMeter meter() {
        return meter;
    }
}
