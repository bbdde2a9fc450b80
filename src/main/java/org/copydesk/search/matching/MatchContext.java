package org.copydesk.search.matching;

/**
 * A match with some text either side, as plain strings for the screen to style: never markup. Context is cut at a
 * space where one is near, and marked with an ellipsis where text was left out.
 */
public record MatchContext(String before, String match, String after) {

    private static final String ELLIPSIS = "…";

    public static MatchContext around(String text, TextMatch match, int width) {
        int from = Math.max(0, match.start() - width);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space >= 0 && space < match.start()) {
                from = space + 1;
            }
        }
        int to = Math.min(text.length(), match.end() + width);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            if (space >= match.end()) {
                to = space;
            }
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String before = (from > 0 ? ELLIPSIS : "") + text.substring(from, match.start());
        String after = text.substring(match.end(), to) + (to < text.length() ? ELLIPSIS : "");
        return new MatchContext(before, text.substring(match.start(), match.end()), after);
    }
}
