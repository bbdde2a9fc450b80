package org.copydesk.editing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.copydesk.editing.diff.DiffSegment;
import org.copydesk.editing.diff.WordDiff;

/**
 * A word diff as marked-up text: deleted words struck through, inserted words marked. A change that is only
 * whitespace shows its spaces as ␣ and line breaks as ↵, so an inserted or deleted space can be seen. Built from
 * plain elements, not components, to keep a row light on the server.
 */
public class DiffView extends Div {

    public DiffView() {
        addClassName("diff-view");
    }

    public DiffView(WordDiff diff) {
        this();
        show(diff);
    }

    public final void show(WordDiff diff) {
        getElement().removeAllChildren();
        for (DiffSegment segment : diff.segments()) {
            getElement().appendChild(element(segment));
        }
    }

    private static Element element(DiffSegment segment) {
        return switch (segment.operation()) {
            case EQUAL -> new Element("span").setText(segment.text());
            case DELETED -> changed("del", "diff-deleted", segment);
            case INSERTED -> changed("ins", "diff-inserted", segment);
        };
    }

    private static Element changed(String tag, String className, DiffSegment segment) {
        var element = new Element(tag);
        element.getClassList().add(className);
        if (segment.isWhitespace()) {
            element.getClassList().add("diff-space");
            element.setText(segment.text().replace(' ', '␣').replace("\n", "↵\n"));
        } else {
            element.setText(segment.text());
        }
        return element;
    }
}
