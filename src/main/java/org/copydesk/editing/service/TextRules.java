package org.copydesk.editing.service;

import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.base.TextCharacters;

/** What corrected text may contain: the same characters an import may ({@link TextCharacters}), and a length limit. */
final class TextRules {

    private TextRules() {}

    static Optional<String> problemWith(String text) {
        if (text.length() > ParagraphEditingService.MAX_TEXT_LENGTH) {
            return Optional.of("The text is " + text.length() + " characters long; a paragraph may have at most "
                    + ParagraphEditingService.MAX_TEXT_LENGTH + ".");
        }
        OptionalInt forbidden = TextCharacters.firstForbidden(text);
        if (forbidden.isPresent()) {
            int i = forbidden.getAsInt();
            return Optional.of("The text contains the control character " + TextCharacters.describe(text.charAt(i))
                    + " at position " + i + "; remove it and save again.");
        }
        return Optional.empty();
    }
}
