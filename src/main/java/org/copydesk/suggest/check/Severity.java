package org.copydesk.suggest.check;

import java.util.Locale;

/** An error blocks submitting the paragraph; a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
