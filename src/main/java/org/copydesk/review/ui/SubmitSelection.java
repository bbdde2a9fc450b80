package org.copydesk.review.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs ticked for "Submit selected" in the article open in one browser window. Rows come and go as they
 * scroll, so the choice lives here, on the window's {@link UI}: each opened workspace starts a new one
 * ({@link ArticleReviewBar}), and every row of that article finds it with {@link #of(long)}.
 */
public final class SubmitSelection implements Serializable {

    private final long articleId;
    private final Set<Long> chosen = new LinkedHashSet<>();
    private final List<SerializableRunnable> listeners = new ArrayList<>();

    private SubmitSelection(long articleId) {
        this.articleId = articleId;
    }

    /** The selection for the article in the current window; a new, empty one when it shows another article. */
    public static SubmitSelection of(long articleId) {
        SubmitSelection current = ComponentUtil.getData(UI.getCurrent(), SubmitSelection.class);
        return current != null && current.articleId == articleId ? current : start(articleId);
    }

    /** Starts an empty selection for the article in the current window. */
    static SubmitSelection start(long articleId) {
        var fresh = new SubmitSelection(articleId);
        ComponentUtil.setData(UI.getCurrent(), SubmitSelection.class, fresh);
        return fresh;
    }

    void choose(long paragraphId, boolean chosen) {
        if (chosen ? this.chosen.add(paragraphId) : this.chosen.remove(paragraphId)) {
            List.copyOf(listeners).forEach(SerializableRunnable::run);
        }
    }

    boolean isChosen(long paragraphId) {
        return chosen.contains(paragraphId);
    }

    List<Long> ids() {
        return List.copyOf(chosen);
    }

    void clear() {
        List.copyOf(chosen).forEach(id -> choose(id, false));
    }

    Registration onChange(SerializableRunnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
