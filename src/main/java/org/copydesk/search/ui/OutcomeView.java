package org.copydesk.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.copydesk.search.service.ReplaceOutcome;

/** What a replace or its undo did: how many paragraphs changed, and each one left alone with the reason. */
class OutcomeView extends Div {

    OutcomeView(ReplaceOutcome outcome, String summaryKey) {
        addClassName("replace-outcome");
        var summary = new Span(getTranslation(
                summaryKey, outcome.changed().size(), outcome.skipped().size()));
        summary.addClassName("replace-outcome-summary");
        add(summary);
        for (ReplaceOutcome.Skipped skipped : outcome.skipped()) {
            var line = new Div(
                    new Span(skipped.articleTitle() + " · ¶" + (skipped.position() + 1) + ": "),
                    new Span(getTranslation("replace.skip." + skipped.reason().code())),
                    new Span(" " + skipped.detail()));
            line.addClassName("replace-skipped");
            add(line);
        }
    }
}
