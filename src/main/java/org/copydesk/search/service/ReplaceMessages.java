package org.copydesk.search.service;

import org.copydesk.search.domain.ReplacePreview;
import org.copydesk.search.matching.PatternSpec;

/** The message of the revisions a replace writes: the pattern and replacement, within the 500 characters allowed. */
final class ReplaceMessages {

    static final int MAX_LENGTH = 500;

    private ReplaceMessages() {}

    static String replaceAll(ReplacePreview preview) {
        return fit("replace-all " + preview.getId() + ": " + describe(preview));
    }

    static String undo(ReplacePreview preview) {
        return fit("undo of replace-all " + preview.getId() + ": " + describe(preview));
    }

    private static String describe(ReplacePreview preview) {
        PatternSpec spec = preview.getPatternSpec();
        String pattern = spec.regex() ? "/" + spec.text() + "/" : "\"" + spec.text() + "\"";
        String options = (spec.caseSensitive() ? "" : " (any case)") + (spec.wholeWord() ? " (whole words)" : "");
        return pattern + options + " → \"" + preview.getReplacement() + "\"";
    }

    private static String fit(String message) {
        return message.length() <= MAX_LENGTH ? message : message.substring(0, MAX_LENGTH - 1) + "…";
    }
}
