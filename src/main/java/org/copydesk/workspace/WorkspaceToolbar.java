package org.copydesk.workspace;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.copydesk.article.service.ArticleSummary;
import org.copydesk.article.service.ParagraphFilter;
import org.copydesk.base.ui.ViewerTime;

/** Filter, go to paragraph, next paragraph needing work, and the shortcut list: every one reachable by keyboard. */
class WorkspaceToolbar extends Div {

    private final Select<ParagraphFilter> filter = new Select<>();
    private final IntegerField goTo = new IntegerField();
    private final Span announcer = new Span();
    private final Map<ParagraphFilter, Integer> counts = new EnumMap<>(ParagraphFilter.class);
    private boolean selecting;

    WorkspaceToolbar(
            Consumer<ParagraphFilter> onFilter, IntConsumer onGoTo, Runnable onNextWork, Runnable onShortcuts) {
        addClassName("workspace-toolbar");
        filter.setLabel(getTranslation("workspace.filter"));
        filter.setItems(ParagraphFilter.SHOWN);
        filter.setItemLabelGenerator(this::label);
        filter.addValueChangeListener(e -> {
            if (!selecting && e.getValue() != null) {
                onFilter.accept(e.getValue());
            }
        });
        filter.addClassName("filter-select");
        goTo.setLabel(getTranslation("workspace.goto"));
        goTo.setPlaceholder("№");
        goTo.setMin(1);
        goTo.addClassName("goto-field");
        goTo.setClearButtonVisible(true);
        goTo.addKeyPressListener(Key.ENTER, e -> {
            if (goTo.getValue() != null) {
                onGoTo.accept(goTo.getValue() - 1);
            }
        });
        goTo.addFocusShortcut(Key.KEY_G, KeyModifier.ALT);
        var next = new Button(
                getTranslation("workspace.next-work"), VaadinIcon.ARROW_DOWN.create(), e -> onNextWork.run());
        next.addClassName("next-work");
        next.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var help = new Button("?", e -> onShortcuts.run());
        help.setAriaLabel(getTranslation("shortcuts.title"));
        help.setTooltipText(getTranslation("shortcuts.title"));
        help.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        help.addClassName("shortcuts-button");
        announcer.addClassName("toolbar-announcer");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(filter, goTo, next, help, announcer);
    }

    void showCounts(ArticleSummary summary) {
        counts.put(ParagraphFilter.ALL, summary.paragraphCount());
        counts.put(ParagraphFilter.NEEDS_WORK, summary.needingWork());
        ParagraphFilter selected = filter.getValue();
        selecting = true;
        filter.setItems(ParagraphFilter.SHOWN);
        filter.setValue(selected);
        selecting = false;
    }

    void selectFilter(ParagraphFilter value) {
        selecting = true;
        filter.setValue(value);
        selecting = false;
    }

    void announce(String message) {
        announcer.setText(message);
    }

    private String label(ParagraphFilter f) {
        String name = getTranslation("workspace.filter." + f.code());
        Integer count = counts.get(f);
        return count == null
                ? name
                : name + " ("
                        + NumberFormat.getIntegerInstance(ViewerTime.locale()).format(count) + ")";
    }

    Select<ParagraphFilter> filter() {
        return filter;
    }

    IntegerField goToField() {
        return goTo;
    }
}
