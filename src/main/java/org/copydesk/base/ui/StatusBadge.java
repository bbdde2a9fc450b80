package org.copydesk.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a status; the colour comes from the CSS class {@code status-<code>}. */
public class StatusBadge extends Span {

    private String code = "";

    public StatusBadge(String code, String label) {
        addClassName("status-badge");
        show(code, label);
    }

    public final void show(String newCode, String label) {
        if (!code.isEmpty()) {
            removeClassName("status-" + code);
        }
        code = newCode;
        addClassName("status-" + code);
        setText(label);
    }
}
