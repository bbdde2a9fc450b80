package org.copydesk.suggest.engine;

import java.util.Locale;

/** How sure a source is: confident suggestions may be applied in bulk, possible ones need an editor's eye. */
public enum Confidence {
    CONFIDENT,
    POSSIBLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
