package org.copydesk.suggest.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.copydesk.suggest.engine.SpinResidue;

/** A small meter of how much detected spinning is left in a paragraph (0 % is clean). */
@StyleSheet("styles/suggest.css")
public class SpinResidueMeter extends Div {

    private final Div bar = new Div();
    private final Span label = new Span();

    public SpinResidueMeter() {
        addClassName("spin-residue");
        bar.addClassName("spin-residue-bar");
        var track = new Div(bar);
        track.addClassName("spin-residue-track");
        add(track, label);
    }

    public void show(SpinResidue residue) {
        int percent = (int) Math.round(residue.share() * 100);
        bar.getStyle().set("width", percent + "%");
        label.setText(String.format(Locale.ROOT, "%d %%", percent));
        getElement().setAttribute("title", getTranslation("suggest.residue", residue.remaining(), residue.detected()));
    }
}
