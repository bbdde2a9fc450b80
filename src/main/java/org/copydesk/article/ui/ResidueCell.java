package org.copydesk.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.copydesk.article.service.ArticleListItem;

/** How much detected spinning is left in the article: a bar and a percentage; a dash until it is measured. */
class ResidueCell extends Div {

    ResidueCell(ArticleListItem item) {
        addClassName("residue-cell");
        Double share = item.spinResidue();
        if (share == null) {
            add(new Span("–"));
            getElement().setAttribute("title", getTranslation("articles.residue-unknown"));
            return;
        }
        int percent = (int) Math.round(share * 100);
        var bar = new Div();
        bar.addClassName("residue-bar");
        bar.getStyle().set("width", percent + "%");
        var track = new Div(bar);
        track.addClassName("residue-track");
        add(track, new Span(String.format(Locale.ROOT, "%d %%", percent)));
        getElement().setAttribute("title", getTranslation("articles.residue-title", percent));
    }
}
