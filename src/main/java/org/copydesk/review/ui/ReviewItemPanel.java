package org.copydesk.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.copydesk.review.service.ReviewQueueItem;

/** One submitted paragraph with what changed: against the source text and against the last approved text. */
class ReviewItemPanel extends Div {

    ReviewItemPanel(ReviewQueueItem item) {
        addClassName("review-item");
        getElement().setAttribute("data-paragraph-id", String.valueOf(item.paragraphId()));
        var title = new H3(item.articleTitle());
        title.addClassName("review-item-article");
        var link = new Anchor(
                "articles/" + item.articleId() + "/paragraphs/" + item.position(),
                getTranslation("review.item.paragraph", item.position()));
        var meta = new Span(getTranslation("review.item.meta", item.latestAuthor(), item.revision()));
        meta.addClassName("review-item-meta");
        add(title, new Div(link, meta));
        add(section(getTranslation("review.item.against-source"), new DiffText(item.diffAgainstSource())));
        if (item.diffAgainstApproved() != null) {
            add(section(getTranslation("review.item.against-approved"), new DiffText(item.diffAgainstApproved())));
        }
    }

    private static Div section(String heading, DiffText diff) {
        var label = new Span(heading);
        label.addClassName("review-item-label");
        var section = new Div(label, diff);
        section.addClassName("review-item-section");
        return section;
    }
}
