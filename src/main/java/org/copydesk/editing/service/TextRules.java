package org.copydesk.editing.service;

import java.util.Optional;

/** What corrected text may contain: any Unicode text, but no control characters other than newline and tab. */
final class TextRules {

    private TextRules() {}

    static Optional<String> problemWith(String text) {
        if (text.length() > ParagraphEditingService.MAX_TEXT_LENGTH) {
            return Optional.of("The text is " + text.length() + " characters long; a paragraph may have at most "
                    + ParagraphEditingService.MAX_TEXT_LENGTH + ".");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return Optional.of(String.format(
                        "The text contains the control character U+%04X at position %d; remove it and save again.",
                        (int) c, i));
            }
        }
        return Optional.empty();
    }
}
