package org.copydesk.suggest.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotation marks: one turned the wrong way ({@code ” If}, {@code word“ }) is an error; opening and closing marks
 * that do not pair up are a warning, since a quote may go on into the next paragraph.
 */
public final class QuotesCheck implements QaCheck {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public List<Finding> check(CheckInput input) {
        String text = input.corrected();
        List<Finding> out = new ArrayList<>();
        boolean open = false;
        int opens = 0;
        int closes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (c == '“') {
                opens++;
                if (open && !spaceBefore && spaceAfter) {
                    out.add(new Finding(
                            Severity.ERROR, name(), i, i + 1, "A closing quotation mark is turned the wrong way (“)."));
                }
                open = true;
            } else if (c == '”') {
                closes++;
                if (!open && spaceBefore && !spaceAfter || !open && spaceBefore && i + 2 < text.length() && i == 0) {
                    out.add(new Finding(
                            Severity.ERROR,
                            name(),
                            i,
                            i + 1,
                            "An opening quotation mark is turned the wrong way (”)."));
                    open = true;
                } else {
                    open = false;
                }
            }
        }
        if (opens != closes) {
            out.add(new Finding(
                    Severity.WARNING,
                    name(),
                    0,
                    0,
                    "Quotation marks do not pair up: " + opens + " opening, " + closes + " closing."));
        }
        return out;
    }
}
