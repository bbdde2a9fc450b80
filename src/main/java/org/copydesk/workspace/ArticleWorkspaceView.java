package org.copydesk.workspace;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.copydesk.article.service.ArticleSummary;
import org.copydesk.article.service.ParagraphFilter;
import org.copydesk.article.service.ParagraphQueryService;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.base.events.ClusterBus;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.base.ui.ViewerTime;
import org.copydesk.editing.service.ParagraphActivity;
import org.copydesk.editing.service.ParagraphActivityService;
import org.copydesk.editing.ui.EditorServices;
import org.copydesk.editing.ui.LocalEdit;
import org.copydesk.editing.ui.ParagraphEditor;
import org.copydesk.export.ui.ExportDialog;
import org.copydesk.review.service.ReviewService;
import org.copydesk.review.ui.ArticleReviewBar;
import org.copydesk.suggest.ui.ArticleSuggestionActions;
import org.copydesk.suggest.ui.ResidueHeatStrip;
import org.copydesk.suggest.ui.RowSuggestions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The article workspace: paragraphs as rows in a virtual list, so only the rows in view exist in the browser and on
 * the server, whatever the article's size. The view holds the article's positions under the current filter and the
 * unsaved texts; rows come and go as one scrolls. The URL holds the selection: {@code /articles/{id}/paragraphs/{n}}
 * opens the article scrolled to paragraph n with its editor focused, and focusing a row updates the address.
 */
@Route(value = "articles/:articleId([0-9]{1,18})", layout = MainLayout.class)
@RouteAlias(value = "articles/:articleId([0-9]{1,18})/paragraphs/:position([0-9]{1,9})", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/workspace.css")
public class ArticleWorkspaceView extends Div
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, ParagraphEditor.Listener {

    private static final Logger log = LoggerFactory.getLogger(ArticleWorkspaceView.class);

    private final ParagraphQueryService paragraphs;
    private final EditorServices services;
    private final ParagraphActivityService activity;
    private final RowComposer composer;
    private final ReviewService review;
    private final RowSuggestions.Services suggestions;
    private final String window = UUID.randomUUID().toString();
    private final VirtualList<ParagraphRow> list = new VirtualList<>();
    private final Map<Long, LocalEdit> localEdits = new HashMap<>();
    private final Map<Integer, WorkspaceRow> rendered = new HashMap<>();
    private final Set<Long> expandedBoilerplate = new HashSet<>();
    private final Presence presence = new Presence();
    private final Queue<Long> revisedSince = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final Map<Long, Integer> handedOver = new HashMap<>();
    private final WorkspaceHeader header;
    private final WorkspaceToolbar toolbar;
    private long articleId;
    private int[] positions = new int[0];
    private ParagraphFilter filter = ParagraphFilter.ALL;
    private String title = "Copydesk";
    private int pendingFocus = -1;
    private int activePosition = -1;
    private long presenceAnnounced = -1;
    private RowComposer.@Nullable Batch batch;
    private ClusterBus.@Nullable Subscription following;
    private ClusterBus.@Nullable Subscription followingHeat;
    private final AtomicBoolean heatScheduled = new AtomicBoolean();
    private @Nullable Registration keys;
    private @Nullable SecurityContext viewer;

    public ArticleWorkspaceView(
            ParagraphQueryService paragraphs,
            EditorServices services,
            ParagraphActivityService activity,
            RowComposer composer,
            ReviewService review,
            RowSuggestions.Services suggestions) {
        this.paragraphs = paragraphs;
        this.suggestions = suggestions;
        this.review = review;
        this.services = services;
        this.activity = activity;
        this.composer = composer;
        addClassName("workspace-view");
        header = new WorkspaceHeader();
        toolbar = new WorkspaceToolbar(
                this::applyFilter, this::goTo, () -> nextNeedingWork(activePosition), this::openShortcuts);
        list.addClassName("paragraph-list");
        list.setRenderer(new ComponentRenderer<>(this::row));
        add(header, toolbar, columnHeadings(), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundException::new);
        ArticleSummary summary = paragraphs.summary(articleId).orElseThrow(NotFoundException::new);
        title = summary.title() + " · Copydesk";
        header.show(summary);
        header.actions(
                ExportDialog.button(articleId),
                new ArticleSuggestionActions(articleId, suggestions.decisions(), this::revised),
                new ArticleReviewBar(articleId, review, this::reviewed));
        showHeat();
        toolbar.showCounts(summary);
        localEdits.clear();
        services.drafts()
                .drafts(articleId)
                .forEach((id, d) -> localEdits.put(id, new LocalEdit(d.text(), d.baseRevision())));
        reportUnsaved();
        filter = ParagraphFilter.ALL;
        toolbar.selectFilter(filter);
        reload();
        getUI().ifPresent(this::follow);
        event.getRouteParameters()
                .getInteger("position")
                .filter(n -> n >= 1 && n <= summary.paragraphCount())
                .ifPresent(n -> goTo(n - 1));
    }

    /**
     * Paragraphs saved from this window outside their own rows (an article-wide accept): rows in view show the new
     * revision, or say who changed them while text is typed there; the header shows the new figures.
     */
    private void revised(List<ParagraphRow> saved) {
        saved.forEach(fresh -> rowOf(fresh.id()).ifPresent(row -> {
            if (row.editor() != null) {
                row.editor().showNewer(fresh);
            }
        }));
        paragraphs.summary(articleId).ifPresent(s -> {
            header.show(s);
            toolbar.showCounts(s);
        });
    }

    /** A review step on the whole article: show every row's new status and the new figures. */
    private void reviewed() {
        reload();
        paragraphs.summary(articleId).ifPresent(s -> {
            header.show(s);
            toolbar.showCounts(s);
        });
    }

    private void reload() {
        positions = paragraphs.positions(articleId, filter);
        rendered.clear();
        batch = null;
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> fetch(query.getOffset(), query.getLimit()).stream(), query -> positions.length));
    }

    private List<ParagraphRow> fetch(int offset, int limit) {
        int end = Math.min(positions.length, offset + limit);
        if (offset >= end) {
            return List.of();
        }
        int[] wanted = Arrays.copyOfRange(positions, offset, end);
        batch = null; // the rows of this fetch share one fresh batch, read when the first of them is created
        return paragraphs.window(articleId, wanted);
    }

    private WorkspaceRow row(ParagraphRow paragraph) {
        var row = new WorkspaceRow(
                paragraph,
                localEdits.get(paragraph.id()),
                expandedBoilerplate.contains(paragraph.id()),
                services,
                this,
                () -> expand(paragraph));
        if (batch == null) {
            batch = composer.batch(articleId);
        }
        composer.compose(row, paragraph, batch, this::revised);
        row.showPresence(presence.others(paragraph.id(), window));
        int position = paragraph.position();
        rendered.put(position, row);
        row.addAttachListener(e -> {
            rendered.put(position, row);
            if (pendingFocus == position && row.editor() != null) {
                pendingFocus = -1;
                row.editor().focusText();
            }
        });
        row.addDetachListener(e -> rendered.remove(position, row));
        return row;
    }

    private void expand(ParagraphRow paragraph) {
        expandedBoilerplate.add(paragraph.id());
        batch = null;
        list.getDataProvider().refreshItem(paragraph);
    }

    /** Scrolls to the paragraph at this 0-based position and puts the cursor in its editor. */
    void goTo(int position) {
        int index = Arrays.binarySearch(positions, position);
        if (index < 0) {
            filter = ParagraphFilter.ALL;
            toolbar.selectFilter(filter);
            reload();
            index = Arrays.binarySearch(positions, position);
            if (index < 0) {
                return;
            }
        }
        WorkspaceRow row = rendered.get(position);
        if (row != null && row.editor() != null) {
            row.editor().focusText();
        } else {
            pendingFocus = position;
        }
        list.scrollToIndex(index);
        activePosition = position;
        showInAddressBar(position);
    }

    private void applyFilter(ParagraphFilter chosen) {
        filter = chosen;
        reload();
    }

    private void nextNeedingWork(int after) {
        int[] work = paragraphs.positions(articleId, ParagraphFilter.NEEDS_WORK);
        IntStream.concat(
                        IntStream.of(work).filter(p -> p > after),
                        IntStream.of(work).filter(p -> p < after))
                .findFirst()
                .ifPresentOrElse(this::goTo, () -> toolbar.announce(getTranslation("workspace.all-done")));
    }

    @Override
    public void edited(ParagraphEditor editor) {
        long id = editor.paragraph().id();
        editor.localEdit().ifPresentOrElse(local -> localEdits.put(id, local), () -> localEdits.remove(id));
        reportUnsaved();
        announcePresence(id);
    }

    @Override
    public void saved(ParagraphRow row) {
        localEdits.remove(row.id());
        reportUnsaved();
        paragraphs.summary(articleId).ifPresent(s -> {
            header.show(s);
            toolbar.showCounts(s);
        });
    }

    @Override
    public void move(ParagraphEditor editor, ParagraphEditor.Move move) {
        int position = editor.paragraph().position();
        Runnable go = switch (move) {
            case NEXT_NEEDING_WORK -> () -> nextNeedingWork(position);
            case PREVIOUS -> () -> neighbour(position, -1);
            case NEXT -> () -> neighbour(position, +1);
        };
        if (move != ParagraphEditor.Move.NEXT_NEEDING_WORK && editor.isDirty()) {
            new LeaveRowDialog(editor, go).open();
        } else {
            go.run();
        }
    }

    private void neighbour(int position, int step) {
        int index = Arrays.binarySearch(positions, position);
        int target = index < 0 ? -index - 1 + (step < 0 ? -1 : 0) : index + step;
        if (target >= 0 && target < positions.length) {
            goTo(positions[target]);
        }
    }

    @Override
    public void focused(ParagraphEditor editor) {
        int position = editor.paragraph().position();
        if (position != activePosition) {
            WorkspaceRow previous = rendered.get(activePosition);
            if (previous != null
                    && previous.editor() != null
                    && previous.editor().isDirty()) {
                new LeaveRowDialog(previous.editor(), () -> {}).open();
            }
            activePosition = position;
            showInAddressBar(position);
        }
        announcePresence(editor.paragraph().id());
    }

    private void announcePresence(long paragraphId) {
        if (presenceAnnounced != paragraphId) {
            if (presenceAnnounced >= 0) {
                activity.announcePresence(articleId, presenceAnnounced, window, false);
            }
            presenceAnnounced = paragraphId;
            activity.announcePresence(articleId, paragraphId, window, true);
        }
    }

    private void showPresence(ParagraphActivity.Presence p) {
        presence.update(p);
        rowOf(p.paragraphId()).ifPresent(row -> row.showPresence(presence.others(p.paragraphId(), window)));
    }

    /**
     * Shows the newest text of the revised paragraphs that have a row, and the new figures: one read of the changed
     * rows and one of the summary, however many revisions arrived since the last refresh. A failure is logged and its
     * paragraphs stay marked, so the next refresh (or a reload) still shows the latest text.
     */
    private void refreshRevised() {
        refreshScheduled.set(false);
        Set<Long> ids = new HashSet<>();
        for (Long id = revisedSince.poll(); id != null; id = revisedSince.poll()) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            int[] wanted = rendered.entrySet().stream()
                    .filter(e -> ids.contains(e.getValue().paragraph().id()))
                    .mapToInt(Map.Entry::getKey)
                    .sorted()
                    .toArray();
            if (wanted.length > 0) {
                for (ParagraphRow fresh : paragraphs.window(articleId, wanted)) {
                    WorkspaceRow row = rendered.get(fresh.position());
                    if (row != null && row.editor() != null) {
                        row.editor().showNewer(fresh);
                        handedOver.merge(fresh.id(), fresh.revision(), Math::max);
                    }
                }
            }
            paragraphs.summary(articleId).ifPresent(s -> {
                header.show(s);
                toolbar.showCounts(s);
            });
        } catch (RuntimeException e) {
            log.warn("Showing the new revisions of article {} failed; retrying with the next one", articleId, e);
            revisedSince.addAll(ids);
        }
    }

    /** The heat strip from the stored figures: one indexed read, whatever the article's length. */
    private void showHeat() {
        heatScheduled.set(false);
        header.overview(new ResidueHeatStrip(suggestions.residue().heat(articleId), this::goTo));
    }

    private java.util.Optional<WorkspaceRow> rowOf(long paragraphId) {
        return rendered.values().stream()
                .filter(r -> r.paragraph().id() == paragraphId)
                .findFirst();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (localEdits.isEmpty()) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog(
                getTranslation("workspace.leave-title"),
                getTranslation("workspace.leave-text", localEdits.size()),
                getTranslation("workspace.leave-keep-drafts"),
                e -> action.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("workspace.leave-stay"));
        confirm.addCancelListener(e -> action.cancel());
        confirm.addClassName("leave-confirm");
        confirm.open();
    }

    /** Lets the page ask before it is closed or reloaded while text is unsaved (see copydesk-workspace.js). */
    private void reportUnsaved() {
        getElement().executeJs("window.copydeskUnsaved = $0", localEdits.size());
    }

    private void showInAddressBar(int position) {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, "articles/" + articleId + "/paragraphs/" + (position + 1)));
    }

    private void openShortcuts() {
        new ShortcutsOverlay().open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ViewerTime.detect(ui);
        follow(ui);
        keys = ui.getElement()
                .addEventListener("keydown", e -> openShortcuts())
                .setFilter("event.key === '?' && !event.composedPath().some(n => n.localName === 'textarea'"
                        + " || n.localName === 'input')");
        ui.getPage().executeJs(UnsavedGuard.SCRIPT);
    }

    /** Listens to this article's activity on every node; the callback runs as the signed-in account. */
    private void follow(UI ui) {
        if (following != null) {
            following.close();
        }
        var context = SecurityContextHolder.getContext();
        viewer = context;
        following = activity.follow(articleId, event -> {
            try {
                switch (event) {
                    case ParagraphActivity.Revised revised -> {
                        revisedSince.add(revised.paragraphId());
                        if (refreshScheduled.compareAndSet(false, true)) {
                            ui.access(() -> new DelegatingSecurityContextRunnable(this::refreshRevised, context).run());
                        }
                    }
                    case ParagraphActivity.Presence p ->
                        ui.access(() -> new DelegatingSecurityContextRunnable(() -> showPresence(p), context).run());
                }
            } catch (UIDetachedException e) {
                refreshScheduled.set(false);
                log.debug("Activity for a closed workspace dropped", e);
            }
        });
        if (followingHeat != null) {
            followingHeat.close();
        }
        // A save's residue is measured after it commits; when the figures are stored, the strip is drawn again.
        followingHeat = suggestions.residue().followHeat(articleId, () -> {
            try {
                if (heatScheduled.compareAndSet(false, true)) {
                    ui.access(() -> new DelegatingSecurityContextRunnable(this::showHeat, context).run());
                }
            } catch (UIDetachedException e) {
                heatScheduled.set(false);
                log.debug("Residue for a closed workspace dropped", e);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (following != null) {
            following.close();
            following = null;
        }
        if (followingHeat != null) {
            followingHeat.close();
            followingHeat = null;
        }
        if (keys != null) {
            keys.remove();
        }
        if (presenceAnnounced >= 0 && viewer != null) {
            // Also runs when the session expires or the server stops, outside any request: say goodbye as the viewer.
            long paragraphId = presenceAnnounced;
            presenceAnnounced = -1;
            new DelegatingSecurityContextRunnable(
                            () -> activity.announcePresence(articleId, paragraphId, window, false), viewer)
                    .run();
        }
    }

    private Div columnHeadings() {
        var headings = new Div(
                new Span(),
                new Span(getTranslation("workspace.source")),
                new Span(getTranslation("workspace.corrected")));
        headings.addClassName("column-headings");
        return headings;
    }

    /** The rows that exist right now (those in or near view), in position order. */
    List<WorkspaceRow> renderedRows() {
        return rendered.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }

    /** The newest revision of each paragraph that a live update handed to its row, by paragraph id. */
    Map<Long, Integer> revisionsHandedOver() {
        return Map.copyOf(handedOver);
    }

    VirtualList<ParagraphRow> list() {
        return list;
    }

    int[] positions() {
        return positions.clone();
    }

    Map<Long, LocalEdit> localEdits() {
        return Map.copyOf(localEdits);
    }

    WorkspaceToolbar toolbar() {
        return toolbar;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
