package org.copydesk.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.glossary.GlossaryEntry;
import org.copydesk.glossary.GlossaryKind;
import org.copydesk.glossary.service.GlossaryResult;
import org.copydesk.glossary.service.GlossaryService;

/** The house glossary for admins: preferred spellings and forbidden terms with their replacement. */
@Route(value = "glossary", layout = MainLayout.class)
@PageTitle("Glossary · Copydesk")
@RolesAllowed("ADMIN")
public class GlossaryView extends VerticalLayout {

    private final GlossaryService glossary;
    private final Grid<GlossaryEntry> grid = new Grid<>();

    public GlossaryView(GlossaryService glossary) {
        this.glossary = glossary;
        addClassName("glossary-view");
        setSizeFull();
        grid.addColumn(GlossaryEntry::term)
                .setHeader(getTranslation("glossary.column.term"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("glossary.kind." + e.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("glossary.column.kind"));
        grid.addColumn(e -> e.replacement() == null ? "" : e.replacement())
                .setHeader(getTranslation("glossary.column.replacement"));
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("glossary.column.note"));
        grid.addComponentColumn(e -> {
            var remove = new Button(getTranslation("glossary.remove"), click -> {
                glossary.remove(e.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        var header = new Div(new H2(getTranslation("glossary.title")));
        header.addClassName("view-header");
        add(header, form(), grid);
        refresh();
    }

    private HorizontalLayout form() {
        var term = new TextField(getTranslation("glossary.column.term"));
        var kind = new Select<GlossaryKind>();
        kind.setLabel(getTranslation("glossary.column.kind"));
        kind.setItems(GlossaryKind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("glossary.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(GlossaryKind.FORBIDDEN);
        var replacement = new TextField(getTranslation("glossary.column.replacement"));
        kind.addValueChangeListener(e -> replacement.setEnabled(e.getValue() == GlossaryKind.FORBIDDEN));
        var note = new TextField(getTranslation("glossary.column.note"));
        var add = new Button(getTranslation("glossary.add"), click -> {
            switch (glossary.add(term.getValue(), kind.getValue(), replacement.getValue(), note.getValue())) {
                case GlossaryResult.Added added -> {
                    term.clear();
                    replacement.clear();
                    note.clear();
                    refresh();
                }
                case GlossaryResult.Invalid invalid ->
                    Notification.show(invalid.reason()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(term, kind, replacement, note, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        grid.setItems(glossary.entries());
    }
}
