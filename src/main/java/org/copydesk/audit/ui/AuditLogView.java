package org.copydesk.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.copydesk.audit.AuditAction;
import org.copydesk.audit.service.AuditEntryView;
import org.copydesk.audit.service.AuditFilter;
import org.copydesk.audit.service.AuditService;
import org.copydesk.base.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** The audit log for admins: newest first, filtered by who, what and when (UTC days), downloadable as CSV. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit log · Copydesk")
@RolesAllowed("ADMIN")
public class AuditLogView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntryView> grid = new Grid<>();

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-log-view");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(allActions());
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("audit.filter.any") : a);
        action.setValue("");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var csv = new Anchor(csvDownload(), getTranslation("audit.csv"));
        csv.addClassName("audit-csv");
        var filters = new Div(actor, action, from, to, csv);
        filters.addClassName("audit-filters");
        grid.addColumn(e -> WHEN.format(e.at()))
                .setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntryView::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntryView::action)
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntryView::target)
                .setHeader(getTranslation("audit.column.target"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntryView::details)
                .setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(3);
        grid.addClassName("audit-grid");
        add(new H2(getTranslation("audit.title")), filters, grid);
        refresh();
    }

    private void refresh() {
        var filter = filter();
        grid.setItems(
                query -> audit.search(filter, query.getPage(), query.getPageSize()).stream(),
                query -> Math.toIntExact(audit.search(filter, 0, 1).getTotalElements()));
    }

    AuditFilter filter() {
        AuditAction chosen = action.getValue() == null || action.getValue().isEmpty()
                ? null
                : AuditAction.valueOf(action.getValue().toUpperCase(Locale.ROOT));
        return new AuditFilter(
                actor.getValue(),
                chosen,
                startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("copydesk-audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            audit.writeCsv(filter(), writer);
        };
    }

    private static java.time.@Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String[] allActions() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(""),
                        Arrays.stream(AuditAction.values()).map(AuditAction::code))
                .toArray(String[]::new);
    }

    Grid<AuditEntryView> grid() {
        return grid;
    }

    TextField actorFilter() {
        return actor;
    }

    Select<String> actionFilter() {
        return action;
    }
}
