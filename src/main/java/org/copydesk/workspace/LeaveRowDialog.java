package org.copydesk.workspace;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.copydesk.editing.ui.ParagraphEditor;

/** Asked when the editor leaves a paragraph with unsaved text: save it, discard it, or keep it as a draft. */
class LeaveRowDialog extends ConfirmDialog {

    LeaveRowDialog(ParagraphEditor editor, Runnable proceed) {
        int number = editor.paragraph().position() + 1;
        setHeader(getTranslation("workspace.leave-row-title", number));
        setText(getTranslation("workspace.leave-row-text", number));
        setConfirmText(getTranslation("editor.save"));
        addConfirmListener(e -> editor.save(proceed));
        setRejectable(true);
        setRejectText(getTranslation("editor.discard-confirm"));
        addRejectListener(e -> {
            editor.discard();
            proceed.run();
        });
        setCancelable(true);
        setCancelText(getTranslation("workspace.keep-draft"));
        addCancelListener(e -> proceed.run());
        addClassName("leave-row-confirm");
    }
}
