package org.copydesk.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.copydesk.article.FourEyes;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.review.service.ReviewQueueFilter;
import org.copydesk.review.service.ReviewQueueItem;
import org.copydesk.review.service.ReviewQueueOptions;
import org.copydesk.review.service.ReviewResult;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The review queue: submitted paragraphs across articles, oldest submission first, filtered by article, editor and
 * age. The selected paragraph shows its diffs; A approves, N approves and moves to the next, R opens the
 * request-changes dialog (keys work while the paragraph has the focus).
 */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review queue · Copydesk")
@RolesAllowed({"REVIEWER", "ADMIN"})
@StyleSheet("styles/review.css")
public class ReviewQueueView extends Div {

    static final int SHOWN = 500;

    enum Age {
        ANY(null),
        HOUR(Duration.ofHours(1)),
        DAY(Duration.ofDays(1)),
        WEEK(Duration.ofDays(7));

        final @Nullable Duration minimum;

        Age(@Nullable Duration minimum) {
            this.minimum = minimum;
        }
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final ReviewService review;
    private final ComboBox<ReviewQueueOptions.ArticleChoice> article = new ComboBox<>();
    private final ComboBox<String> editor = new ComboBox<>();
    private final Select<Age> age = new Select<>();
    private final Grid<ReviewQueueItem> grid = new Grid<>();
    private final Span size = new Span();
    private final Div detail = new Div();
    private final Button approve = new Button();
    private final Button approveAndNext = new Button();
    private final Button requestChanges = new Button();
    private final Span fourEyes = new Span();
    private List<ReviewQueueItem> items = List.of();

    public ReviewQueueView(ReviewService review) {
        this.review = review;
        addClassName("review-queue-view");
        var options = review.queueOptions();
        article.setLabel(getTranslation("review.filter.article"));
        article.setItems(options.articles());
        article.setItemLabelGenerator(ReviewQueueOptions.ArticleChoice::title);
        article.setClearButtonVisible(true);
        editor.setLabel(getTranslation("review.filter.editor"));
        editor.setItems(options.editors());
        editor.setClearButtonVisible(true);
        age.setLabel(getTranslation("review.filter.age"));
        age.setItems(Age.values());
        age.setItemLabelGenerator(a -> getTranslation("review.age." + a.name().toLowerCase(java.util.Locale.ROOT)));
        age.setValue(Age.ANY);
        article.addValueChangeListener(e -> reload(0));
        editor.addValueChangeListener(e -> reload(0));
        age.addValueChangeListener(e -> reload(0));
        var filters = new Div(article, editor, age, size);
        filters.addClassName("review-filters");

        grid.addColumn(ReviewQueueItem::articleTitle)
                .setHeader(getTranslation("review.column.article"))
                .setFlexGrow(3);
        grid.addColumn(ReviewQueueItem::position)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewQueueItem::latestAuthor)
                .setHeader(getTranslation("review.column.editor"))
                .setAutoWidth(true);
        grid.addColumn(i -> WHEN.format(i.submittedAt()))
                .setHeader(getTranslation("review.column.submitted"))
                .setAutoWidth(true);
        grid.addClassName("review-grid");
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<?>) grid.getSelectionModel())
                .setDeselectAllowed(false);
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem()));

        approve.setText(getTranslation("review.approve-key"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> approveSelected(false));
        approveAndNext.setText(getTranslation("review.approve-next-key"));
        approveAndNext.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approveAndNext.addClickListener(e -> approveSelected(true));
        requestChanges.setText(getTranslation("review.request-changes-key"));
        requestChanges.addThemeVariants(ButtonVariant.LUMO_ERROR);
        requestChanges.addClickListener(e -> openRequestChanges());
        fourEyes.addClassName("four-eyes-reason");
        var buttons = new Div(approve, approveAndNext, requestChanges, fourEyes);
        buttons.addClassName("review-buttons");
        detail.addClassName("review-detail");
        detail.getElement().setAttribute("tabindex", "0");
        Shortcuts.addShortcutListener(detail, () -> approveSelected(false), Key.KEY_A)
                .listenOn(detail);
        Shortcuts.addShortcutListener(detail, () -> approveSelected(true), Key.KEY_N)
                .listenOn(detail);
        Shortcuts.addShortcutListener(detail, this::openRequestChanges, Key.KEY_R)
                .listenOn(detail);
        var body = new Div(grid, new Div(detail, buttons));
        body.addClassName("review-body");
        add(new H2(getTranslation("review.queue.title")), filters, body);
        reload(0);
    }

    private void reload(int selectIndex) {
        var filter = new ReviewQueueFilter(
                article.getValue() == null ? null : article.getValue().id(),
                editor.getValue(),
                age.getValue() == null ? null : age.getValue().minimum);
        items = review.queue(filter, 0, SHOWN);
        int total = review.queueSize(filter);
        size.setText(getTranslation("review.queue.size", total));
        grid.setItems(items);
        if (items.isEmpty() || selectIndex < 0) {
            show(Optional.empty());
        } else {
            grid.select(items.get(Math.min(selectIndex, items.size() - 1)));
        }
    }

    private void show(Optional<ReviewQueueItem> item) {
        detail.removeAll();
        fourEyes.setText("");
        boolean present = item.isPresent();
        approve.setEnabled(present);
        approveAndNext.setEnabled(present);
        requestChanges.setEnabled(present);
        if (!present) {
            detail.add(new Span(getTranslation(items.isEmpty() ? "review.queue.empty" : "review.queue.choose")));
            return;
        }
        detail.add(new ReviewItemPanel(item.get()));
        FourEyes.refusal(CurrentUser.username(), item.get().latestAuthor()).ifPresent(reason -> {
            approve.setEnabled(false);
            approveAndNext.setEnabled(false);
            fourEyes.setText(reason);
        });
        detail.getElement().callJsFunction("focus");
    }

    private Optional<ReviewQueueItem> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void approveSelected(boolean next) {
        selected().filter(i -> approve.isEnabled()).ifPresent(item -> {
            int index = items.indexOf(item);
            ReviewResult result = review.approve(item.paragraphId());
            if (result instanceof ReviewResult.Done) {
                ReviewNotes.done(getTranslation("review.approved", item.position()));
                reload(next ? index : -1);
            } else {
                ReviewNotes.refused(this, result);
                reload(index);
            }
        });
    }

    private void openRequestChanges() {
        selected()
                .ifPresent(item -> new RequestChangesDialog(item.position(), (reason, comment) -> {
                            int index = items.indexOf(item);
                            ReviewResult result = review.requestChanges(item.paragraphId(), reason, comment);
                            if (result instanceof ReviewResult.Done) {
                                ReviewNotes.done(getTranslation("review.sent-back-done", item.position()));
                            } else {
                                ReviewNotes.refused(this, result);
                            }
                            reload(index);
                        })
                        .open());
    }

    Grid<ReviewQueueItem> grid() {
        return grid;
    }

    Button approveButton() {
        return approve;
    }

    Button approveAndNextButton() {
        return approveAndNext;
    }

    Button requestChangesButton() {
        return requestChanges;
    }

    Span fourEyesReason() {
        return fourEyes;
    }

    ComboBox<String> editorFilter() {
        return editor;
    }
}
