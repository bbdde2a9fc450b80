package org.copydesk.suggest.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.copydesk.suggest.engine.SpinResidue;
import org.copydesk.suggest.service.SpinResidueService.ParagraphHeat;

/**
 * The article's spin residue at a glance: one cell per paragraph (or per run of paragraphs in a long article),
 * coloured from clean to untouched spinning; a click goes to the cell's worst paragraph. Built from the stored
 * figures, so it costs one read however long the article is.
 */
@StyleSheet("styles/suggest.css")
public class ResidueHeatStrip extends Div {

    /** At most this many cells: a long article's paragraphs are grouped. */
    public static final int MAX_CELLS = 120;

    public ResidueHeatStrip(List<ParagraphHeat> paragraphs, IntConsumer goTo) {
        addClassName("residue-heat-strip");
        var label = new Span(getTranslation("suggest.heat-label"));
        label.addClassName("residue-heat-label");
        var cells = new Div();
        cells.addClassName("residue-heat-cells");
        int per = Math.max(1, (paragraphs.size() + MAX_CELLS - 1) / MAX_CELLS);
        SpinResidue total = SpinResidue.NONE;
        for (int from = 0; from < paragraphs.size(); from += per) {
            List<ParagraphHeat> run = paragraphs.subList(from, Math.min(paragraphs.size(), from + per));
            cells.add(cell(run, goTo));
            for (ParagraphHeat p : run) {
                total = total.plus(p.residue());
            }
        }
        var figure = new Span(String.format(Locale.ROOT, "%d %%", Math.round(total.share() * 100)));
        figure.addClassName("residue-heat-total");
        getElement().setAttribute("title", getTranslation("suggest.residue", total.remaining(), total.detected()));
        add(label, cells, figure);
        setVisible(!paragraphs.isEmpty());
    }

    private Div cell(List<ParagraphHeat> run, IntConsumer goTo) {
        SpinResidue sum = SpinResidue.NONE;
        ParagraphHeat worst = run.getFirst();
        for (ParagraphHeat p : run) {
            sum = sum.plus(p.residue());
            if (p.residue().remaining() > worst.residue().remaining()) {
                worst = p;
            }
        }
        var cell = new Div();
        cell.addClassName("residue-heat-cell");
        if (sum.detected() == 0) {
            cell.addClassName("nothing-detected");
        } else {
            // Green (120°) for clean, through yellow, to red (0°) where nothing was repaired.
            cell.getStyle().set("background", "hsl(" + Math.round(120 * (1 - sum.share())) + " 70% 45%)");
        }
        int first = run.getFirst().position() + 1;
        int last = run.getLast().position() + 1;
        String which = first == last ? String.valueOf(first) : first + "–" + last;
        cell.getElement()
                .setAttribute("title", getTranslation("suggest.heat-cell", which, Math.round(sum.share() * 100)));
        cell.getElement().setAttribute("data-position", String.valueOf(worst.position()));
        int target = worst.position();
        cell.addClickListener(e -> goTo.accept(target));
        return cell;
    }
}
