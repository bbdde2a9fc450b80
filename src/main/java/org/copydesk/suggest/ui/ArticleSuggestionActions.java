package org.copydesk.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.article.service.ParagraphRow;
import org.copydesk.suggest.service.SuggestionDecisions;

/**
 * "Accept all confident" for the whole article, in the workspace header: one revision of kind "suggestion
 * accepted" per changed paragraph; a paragraph someone saved meanwhile is left as it is.
 */
public class ArticleSuggestionActions extends Button {

    public ArticleSuggestionActions(
            long articleId, SuggestionDecisions decisions, Consumer<List<ParagraphRow>> articleChanged) {
        setText(getTranslation("suggest.article-accept-confident"));
        setIcon(VaadinIcon.MAGIC.create());
        addClassName("article-accept-confident");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            List<ParagraphRow> saved = decisions.acceptInArticle(articleId, Optional.empty());
            Notification.show(
                            getTranslation("suggest.article-accepted", saved.size()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            articleChanged.accept(saved);
        });
    }
}
