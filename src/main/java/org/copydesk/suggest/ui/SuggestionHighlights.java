package org.copydesk.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.service.SuggestionService;

/**
 * A paragraph's corrected text with its suggestions underlined (solid for confident, dotted for possible); a click
 * on one opens a popover to accept it, reject it, or accept it everywhere in the article. "Accept all confident"
 * applies every confident one at once. Accepting hands the new text to {@code onAccept}, which saves it as a
 * revision of kind "suggestion accepted"; accepts and rejects are also counted by the learned fixes.
 * Ready for the workspace row's extension slot: {@code new SuggestionHighlights(suggestions, new DecisionActions(...))}.
 */
@StyleSheet("styles/suggest.css")
public class SuggestionHighlights extends Div {

    /** What the row does with a decision ({@link DecisionActions} does it through the services). */
    public interface Actions {
        /** Apply {@code chosen} (suggestions for {@code text}) and save as the paragraph's next revision. */
        void accept(String text, List<Suggestion> chosen);

        /** Apply this suggestion's change wherever it is proposed in the article. */
        void acceptEverywhere(Suggestion suggestion);

        /** Count a rejection. */
        void reject(String text, Suggestion suggestion);
    }

    private final SuggestionService suggestions;
    private final Actions actions;
    private final Div text = new Div();
    private final Button acceptConfident = new Button();
    private String current = "";
    private List<Suggestion> shown = List.of();

    public SuggestionHighlights(SuggestionService suggestions, Actions actions) {
        this.suggestions = suggestions;
        this.actions = actions;
        addClassName("suggestion-highlights");
        text.addClassName("suggestion-text");
        acceptConfident.setText(getTranslation("suggest.accept-all-confident"));
        acceptConfident.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        acceptConfident.addClickListener(e -> acceptAllConfident());
        add(text, acceptConfident);
    }

    /** Shows the suggestions for {@code corrected}; returns how many there are. */
    public int show(String corrected) {
        current = corrected;
        shown = suggestions.suggest(corrected);
        text.removeAll();
        int at = 0;
        for (Suggestion s : shown) {
            if (s.start() > at) {
                text.add(new Span(corrected.substring(at, s.start())));
            }
            text.add(mark(s));
            at = s.end();
        }
        if (at < corrected.length()) {
            text.add(new Span(corrected.substring(at)));
        }
        long confident = shown.stream().filter(Suggestion::confident).count();
        acceptConfident.setVisible(confident > 0);
        acceptConfident.setText(getTranslation("suggest.accept-all-confident", confident));
        setVisible(!shown.isEmpty());
        return shown.size();
    }

    /** The suggestions shown now. */
    public List<Suggestion> suggestions() {
        return shown;
    }

    /** Applies every confident suggestion and saves once. */
    public void acceptAllConfident() {
        List<Suggestion> confident =
                shown.stream().filter(Suggestion::confident).toList();
        if (confident.isEmpty()) {
            return;
        }
        actions.accept(current, confident);
    }

    private Span mark(Suggestion s) {
        var mark = new Span(s.original().isEmpty() ? "\u2038" : s.original());
        mark.addClassNames("suggestion", s.confident() ? "confident" : "possible");
        mark.getElement().setAttribute("title", s.reason());
        var popover = new Popover();
        popover.setTarget(mark);
        var reason = new Div(s.reason() + ": “" + s.original().strip() + "” → “"
                + s.replacement().strip() + "”");
        reason.addClassName("suggestion-reason");
        var accept = new Button(getTranslation("suggest.accept"), e -> {
            popover.close();
            actions.accept(current, List.of(s));
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var reject = new Button(getTranslation("suggest.reject"), e -> {
            popover.close();
            actions.reject(current, s);
            shown = shown.stream().filter(x -> x != s).toList();
            mark.removeClassNames("suggestion", "confident", "possible");
        });
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var everywhere = new Button(getTranslation("suggest.accept-everywhere"), e -> {
            popover.close();
            actions.acceptEverywhere(s);
        });
        everywhere.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        popover.add(reason, new HorizontalLayout(accept, reject, everywhere));
        add(popover);
        return mark;
    }
}
