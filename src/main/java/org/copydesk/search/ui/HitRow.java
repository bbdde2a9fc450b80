package org.copydesk.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.copydesk.search.matching.MatchContext;
import org.copydesk.search.service.SearchHit;

/** One hit: where it is (a link to the paragraph in the workspace) and its matches in context, as plain text. */
class HitRow extends Div {

    HitRow(SearchHit hit) {
        addClassName("search-hit");
        var where = new Anchor(
                "articles/" + hit.articleId() + "/paragraphs/" + (hit.position() + 1),
                hit.articleTitle() + " · ¶" + (hit.position() + 1));
        where.addClassName("search-hit-where");
        var field = new Span(getTranslation("search.field." + hit.field().code()));
        field.addClassName("search-hit-field");
        var status = new Span(getTranslation("paragraph.status." + hit.status().code()));
        status.addClassName("search-hit-status");
        var count = new Span(getTranslation("search.hit-matches", hit.matchCount()));
        count.addClassName("search-hit-count");
        var head = new Div(where, field, status, count);
        head.addClassName("search-hit-head");
        add(head);
        for (MatchContext context : hit.contexts()) {
            var match = new Span(context.match());
            match.addClassName("search-match");
            var line = new Div(new Span(context.before()), match, new Span(context.after()));
            line.addClassName("search-context");
            add(line);
        }
    }
}
