package org.copydesk.base.ui;

import java.util.List;

/**
 * A button a feature adds to a list screen's header, acting on the ids of the selected rows; contributed as a Spring
 * bean so that a screen can offer actions of features it must not depend on (the article list offers export).
 */
public interface SelectionAction {

    /** The i18n key of the button text. */
    String labelKey();

    /** Runs on the selected ids, in list order; may open a dialog. */
    void run(List<Long> selectedIds);
}
