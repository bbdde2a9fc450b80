package org.copydesk.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The list of every workspace shortcut, opened with {@code ?} (outside a text field) or the toolbar button. */
class ShortcutsOverlay extends Dialog {

    static final List<String> KEYS = List.of("save", "save-next", "previous", "next", "discard", "goto", "help");

    ShortcutsOverlay() {
        setHeaderTitle(getTranslation("shortcuts.title"));
        addClassName("shortcuts-overlay");
        var table = new Div();
        table.addClassName("shortcut-list");
        for (String key : KEYS) {
            var keys = new Span(getTranslation("shortcuts." + key + ".keys"));
            keys.addClassName("shortcut-keys");
            var what = new Span(getTranslation("shortcuts." + key));
            table.add(keys, what);
        }
        add(table);
        var close = new Button(getTranslation("shortcuts.close"), e -> close());
        getFooter().add(close);
        close.focus();
    }
}
