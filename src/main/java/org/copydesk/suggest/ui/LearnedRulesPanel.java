package org.copydesk.suggest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.copydesk.suggest.engine.Confidence;
import org.copydesk.suggest.service.LearnedRuleView;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.suggest.service.RuleUpdateResult;

/**
 * The learned rules for admins: every rule with how often it was made, kept or rejected, in how many documents, and its
 * confidence; find one by its words, correct its wording, retire it (kept with its counts, no longer proposed) or
 * reinstate it. Everything goes through {@link LearningService}, which checks the admin role itself.
 */
@StyleSheet("styles/suggest.css")
public class LearnedRulesPanel extends Div {

    /** Which rules the list shows. */
    enum Show {
        ALL,
        LIVE,
        CONFIDENT,
        RETIRED
    }

    private final LearningService learning;
    private final H3 heading = new H3();
    private final TextField search = new TextField();
    private final Select<Show> show = new Select<>();
    private final Grid<LearnedRuleView> grid = new Grid<>();
    private ListDataProvider<LearnedRuleView> rules = new ListDataProvider<>(List.of());

    public LearnedRulesPanel(LearningService learning) {
        this.learning = learning;
        addClassName("learned-rules");
        search.setPlaceholder(getTranslation("learning.rules.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> applyFilter());
        show.setItems(Show.values());
        show.setItemLabelGenerator(
                s -> getTranslation("learning.rules.show." + s.name().toLowerCase(Locale.ROOT)));
        show.setValue(Show.ALL);
        show.addValueChangeListener(e -> applyFilter());
        var tools = new Div(search, show);
        tools.addClassName("learned-rules-tools");
        // A phrase may be up to 300 characters: wrap it rather than cut it off, at any width.
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.addColumn(LearnedRuleView::from)
                .setHeader(getTranslation("learning.rules.from"))
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(r -> r.to().isEmpty() ? getTranslation("learning.rules.delete") : r.to())
                .setHeader(getTranslation("learning.rules.to"))
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(LearnedRuleView::accepted)
                .setHeader(explained("learning.rules.made"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(LearnedRuleView::rejected)
                .setHeader(explained("learning.rules.refused"))
                .setWidth("11rem")
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(LearnedRuleView::evidence)
                .setHeader(getTranslation("learning.rules.documents"))
                .setWidth("8.5rem")
                .setFlexGrow(0)
                .setSortable(true);
        grid.addComponentColumn(this::standing)
                .setHeader(getTranslation("learning.rules.standing"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(heading, tools, grid);
        refresh();
    }

    /** A column header that says on hover what its count counts. */
    private Span explained(String key) {
        var header = new Span(getTranslation(key));
        Tooltip.forComponent(header).setText(getTranslation(key + ".help"));
        return header;
    }

    /** Reads the rules again (after teaching, or a change made here). */
    public void refresh() {
        List<LearnedRuleView> all = learning.rules();
        rules = new ListDataProvider<>(all.reversed());
        grid.setItems(rules);
        heading.setText(getTranslation("learning.rules.title", all.size()));
        applyFilter();
    }

    private void applyFilter() {
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        Show which = show.getValue();
        rules.setFilter(r -> shown(r, which)
                && (words.isEmpty()
                        || r.from().toLowerCase(Locale.ROOT).contains(words)
                        || r.to().toLowerCase(Locale.ROOT).contains(words)));
    }

    private static boolean shown(LearnedRuleView r, Show which) {
        return switch (which) {
            case ALL -> true;
            case LIVE -> r.proposed();
            case CONFIDENT -> r.proposed() && r.confidence().equals(Confidence.CONFIDENT.code());
            case RETIRED -> r.retired();
        };
    }

    private Component standing(LearnedRuleView r) {
        String key = r.retired() ? "retired" : r.proposed() ? r.confidence() : "refused";
        var badge = new Span(getTranslation("learning.rules.standing." + key));
        badge.addClassNames("rule-standing", key);
        if (!r.tableDemoted()) {
            return badge;
        }
        var demoted = new Span(getTranslation("learning.rules.standing.table-demoted"));
        demoted.addClassNames("rule-standing", "table-demoted");
        var both = new Div(badge, demoted);
        both.addClassName("rule-standings");
        return both;
    }

    private Component actions(LearnedRuleView r) {
        var edit = new Button(getTranslation("learning.rules.edit"), e -> openEditor(r));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var toggle = new Button(
                getTranslation(r.retired() ? "learning.rules.reinstate" : "learning.rules.retire"),
                e -> apply(learning.update(r.id(), r.from(), r.to(), !r.retired())));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (!r.retired()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var both = new Div(edit, toggle);
        both.addClassName("learned-rule-actions");
        return both;
    }

    /** A dialog to correct a rule's phrase and replacement. */
    void openEditor(LearnedRuleView r) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("learning.rules.edit-title"));
        var from = new TextField(getTranslation("learning.rules.from"), r.from(), "");
        var to = new TextField(getTranslation("learning.rules.to"), r.to(), "");
        to.setHelperText(getTranslation("learning.rules.to-helper"));
        from.setWidthFull();
        to.setWidthFull();
        from.setMaxLength(300);
        to.setMaxLength(300);
        var save = new Button(getTranslation("learning.rules.save"), e -> {
            if (apply(learning.update(r.id(), from.getValue(), to.getValue(), r.retired()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("learning.rules.cancel"), e -> dialog.close());
        var fields = new Div(from, to);
        fields.addClassName("learned-rule-editor");
        dialog.add(fields);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Shows the outcome of a change; true when it was made. */
    private boolean apply(RuleUpdateResult result) {
        return switch (result) {
            case RuleUpdateResult.Updated updated -> {
                refresh();
                yield true;
            }
            case RuleUpdateResult.NotFound notFound -> {
                Notification.show(getTranslation("learning.rules.gone"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                refresh();
                yield false;
            }
            case RuleUpdateResult.Invalid invalid -> {
                Notification.show(invalid.reason()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                yield false;
            }
        };
    }

    Grid<LearnedRuleView> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }

    Select<Show> show() {
        return show;
    }
}
