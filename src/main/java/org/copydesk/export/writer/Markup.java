package org.copydesk.export.writer;

/** Escaping shared by the markup formats: article text goes into a file as text, never as markup. */
final class Markup {

    private Markup() {}

    /** Text for HTML element content or a quoted attribute value. */
    static String html(String text) {
        String xmlSafe = xmlChars(text);
        StringBuilder escaped = new StringBuilder(xmlSafe.length() + 16);
        for (int i = 0; i < xmlSafe.length(); i++) {
            char c = xmlSafe.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** HTML text with each line break as {@code <br>}, so a paragraph's inner lines stay lines. */
    static String htmlLines(String text) {
        return html(text).replace("\n", "<br>\n");
    }

    /**
     * Drops what XML 1.0 cannot hold at all (control characters other than tab and newline, unpaired surrogates,
     * U+FFFE and U+FFFF). Corrected text never has them; imported source text is checked for them too, so this
     * only guards against a future path that forgets.
     */
    static String xmlChars(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (kept != null) {
                        kept.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                allowed = false;
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
