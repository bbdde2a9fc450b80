package org.copydesk.editing.service;

import java.util.Optional;

/**
 * The wire form of {@link ParagraphActivity} on the cluster bus: fields separated by {@code |}, the free-text field
 * last, so no value needs escaping. An unreadable message (another version's) is ignored, never fatal.
 */
final class ActivityMessages {

    private ActivityMessages() {}

    static String encode(ParagraphActivity activity) {
        return switch (activity) {
            case ParagraphActivity.Revised r ->
                "revised|" + r.articleId() + "|" + r.paragraphId() + "|" + r.revision() + "|" + r.author();
            case ParagraphActivity.Presence p ->
                "presence|" + p.articleId() + "|" + p.paragraphId() + "|" + p.editing() + "|" + p.window() + "|"
                        + p.username();
        };
    }

    static Optional<ParagraphActivity> decode(String message) {
        String[] f = message.split("\\|", -1);
        try {
            if (f[0].equals("revised") && f.length >= 5) {
                return Optional.of(new ParagraphActivity.Revised(
                        Long.parseLong(f[1]),
                        Long.parseLong(f[2]),
                        Integer.parseInt(f[3]),
                        String.join("|", java.util.Arrays.copyOfRange(f, 4, f.length))));
            }
            if (f[0].equals("presence") && f.length >= 6) {
                return Optional.of(new ParagraphActivity.Presence(
                        Long.parseLong(f[1]),
                        Long.parseLong(f[2]),
                        String.join("|", java.util.Arrays.copyOfRange(f, 5, f.length)),
                        f[4],
                        Boolean.parseBoolean(f[3])));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
