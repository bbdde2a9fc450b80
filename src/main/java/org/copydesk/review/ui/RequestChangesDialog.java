package org.copydesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.copydesk.review.ChangeReason;
import org.copydesk.review.service.ReviewService;
import org.jspecify.annotations.Nullable;

/** Asks for the reason (required) and an optional comment before a paragraph is sent back. */
public class RequestChangesDialog extends Dialog {

    private final RadioButtonGroup<ChangeReason> reason = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Button send = new Button();

    public RequestChangesDialog(int position, BiConsumer<ChangeReason, @Nullable String> onSend) {
        addClassName("request-changes-dialog");
        setHeaderTitle(getTranslation("review.request.title", position));
        reason.setLabel(getTranslation("review.request.reason"));
        reason.setItems(ChangeReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("review.reason." + r.code()));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        comment.setLabel(getTranslation("review.request.comment"));
        comment.setMaxLength(ReviewService.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        send.setText(getTranslation("review.request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        send.setEnabled(false);
        reason.addValueChangeListener(e -> send.setEnabled(e.getValue() != null));
        send.addClickListener(e -> {
            close();
            onSend.accept(reason.getValue(), comment.getValue().isBlank() ? null : comment.getValue());
        });
        var cancel = new Button(getTranslation("review.cancel"), e -> close());
        add(reason, comment);
        getFooter().add(cancel, send);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.getElement().callJsFunction("focus");
            }
        });
    }

    RadioButtonGroup<ChangeReason> reason() {
        return reason;
    }

    TextArea comment() {
        return comment;
    }

    Button sendButton() {
        return send;
    }
}
