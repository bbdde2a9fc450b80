package org.copydesk.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.editing.ui.EditorServices;
import org.copydesk.editing.ui.LocalEdit;
import org.copydesk.editing.ui.ParagraphEditor;
import org.jspecify.annotations.Nullable;

/**
 * One row of the workspace: a gutter (number, kind, who else is editing), the source text, and the corrected side
 * with two slots for other features: {@link #actions()} beside Save, and {@link #annotations()} under the corrected
 * text. Boilerplate starts collapsed to one line. See package-info for how a feature adds to a row.
 */
class WorkspaceRow extends Div {

    private final ParagraphRow paragraph;
    private final Span presence = new Span();
    private final Div actions = new Div();
    private final Div annotations = new Div();
    private @Nullable ParagraphEditor editor;

    WorkspaceRow(
            ParagraphRow paragraph,
            @Nullable LocalEdit local,
            boolean expanded,
            EditorServices services,
            ParagraphEditor.Listener listener,
            Runnable expand) {
        this.paragraph = paragraph;
        addClassNames(
                "paragraph-panel", "workspace-row", "kind-" + paragraph.kind().code());
        setId("paragraph-" + (paragraph.position() + 1));
        getElement().setAttribute("data-paragraph-id", String.valueOf(paragraph.id()));
        var number = new Span(String.valueOf(paragraph.position() + 1));
        number.addClassName("paragraph-number");
        var gutter = new Div(number);
        gutter.addClassName("paragraph-gutter");
        if (paragraph.kind() != ParagraphKind.BODY) {
            var kind =
                    new Span(getTranslation("paragraph.kind." + paragraph.kind().code()));
            kind.addClassName("paragraph-kind");
            gutter.add(kind);
        }
        presence.addClassName("row-presence");
        presence.setVisible(false);
        gutter.add(presence);
        var source = new Div();
        source.setText(paragraph.sourceText());
        source.addClassName("source-text");
        if (paragraph.kind() == ParagraphKind.BOILERPLATE && !expanded && local == null) {
            addClassName("collapsed");
            var show = new Button(getTranslation("workspace.boilerplate-show"), e -> expand.run());
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var note = new Div(new Span(getTranslation("workspace.boilerplate-note")), show);
            note.addClassName("boilerplate-note");
            add(gutter, source, note);
            return;
        }
        editor = new ParagraphEditor(paragraph, local, services, listener);
        actions.addClassName("row-actions");
        editor.footer().add(actions);
        annotations.addClassName("row-annotations");
        var corrected = new Div(editor, annotations);
        corrected.addClassName("corrected-side");
        add(gutter, source, corrected);
    }

    ParagraphRow paragraph() {
        return editor != null ? editor.paragraph() : paragraph;
    }

    @Nullable
    ParagraphEditor editor() {
        return editor;
    }

    /** Controls a feature adds beside Save, e.g. approve and request changes. */
    Div actions() {
        return actions;
    }

    /** Notes a feature shows under the corrected text, e.g. suggestions and findings. */
    Div annotations() {
        return annotations;
    }

    /** Shows who else is working on this paragraph right now (nobody: hidden). */
    void showPresence(Collection<String> usernames) {
        presence.setVisible(!usernames.isEmpty());
        presence.setText(
                usernames.isEmpty() ? "" : getTranslation("workspace.editing-now", String.join(", ", usernames)));
    }

    Span presence() {
        return presence;
    }
}
