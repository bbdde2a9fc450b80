package org.copydesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.copydesk.review.service.ReviewService;
import org.copydesk.security.CurrentUser;
import org.copydesk.security.Role;

/**
 * Names the findings that hold a paragraph back from review. Reviewers and admins may submit it anyway, with a
 * reason (required), which is recorded; editors fix the text first.
 */
class HeldBackDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final Button submitAnyway = new Button();

    HeldBackDialog(int position, List<String> findings, Consumer<String> onOverride) {
        addClassName("held-back-dialog");
        setHeaderTitle(getTranslation("review.held-back.title", position));
        var list = new UnorderedList();
        findings.forEach(f -> list.add(new ListItem(f)));
        add(list);
        var close = new Button(getTranslation("review.held-back.close"), e -> close());
        getFooter().add(close);
        if (CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN)) {
            reason.setLabel(getTranslation("review.held-back.reason"));
            reason.setMaxLength(ReviewService.MAX_COMMENT_LENGTH);
            reason.setWidthFull();
            reason.setValueChangeMode(ValueChangeMode.EAGER);
            submitAnyway.setText(getTranslation("review.held-back.submit-anyway"));
            submitAnyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            submitAnyway.setEnabled(false);
            reason.addValueChangeListener(
                    e -> submitAnyway.setEnabled(!e.getValue().isBlank()));
            submitAnyway.addClickListener(e -> {
                close();
                onOverride.accept(reason.getValue());
            });
            add(reason);
            getFooter().add(submitAnyway);
        } else {
            add(new Paragraph(getTranslation("review.held-back.fix-first")));
        }
    }

    TextArea reason() {
        return reason;
    }

    Button submitAnywayButton() {
        return submitAnyway;
    }
}
