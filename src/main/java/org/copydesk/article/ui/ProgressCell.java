package org.copydesk.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.copydesk.article.service.ArticleListItem;

/** A three-part bar (approved, edited, untouched) with the figures spelled out beneath it. */
class ProgressCell extends Div {

    ProgressCell(ArticleListItem item) {
        addClassName("progress-cell");
        var bar = new Div(
                segment("approved", item.approvedCount(), item.paragraphCount()),
                segment("edited", item.editedCount(), item.paragraphCount()),
                segment("untouched", item.untouchedCount(), item.paragraphCount()));
        bar.addClassName("progress-bar");
        var legend = new Span(
                getTranslation("articles.progress", item.approvedCount(), item.editedCount(), item.untouchedCount()));
        legend.addClassName("progress-legend");
        add(bar, legend);
        getElement().setAttribute("title", legend.getText());
    }

    private static Div segment(String kind, int count, int total) {
        var segment = new Div();
        segment.addClassNames("progress-segment", "progress-" + kind);
        segment.getStyle().set("width", (total == 0 ? 0 : 100.0 * count / total) + "%");
        return segment;
    }
}
