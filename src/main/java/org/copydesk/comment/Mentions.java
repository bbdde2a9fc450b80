package org.copydesk.comment;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code @username} mentions in comment text; plain Java. */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9_.-]{1,64})");
    private static final Pattern PARTIAL = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9_.-]{0,64})$");

    private Mentions() {}

    /** The usernames mentioned in {@code text}, in order of first appearance (a trailing dot is not part of one). */
    public static Set<String> in(String text) {
        var names = new LinkedHashSet<String>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[.-]+$", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name being typed at the end of {@code text} after an {@code @}, for completion; empty if none. */
    public static Optional<String> typedAtEnd(String text) {
        Matcher m = PARTIAL.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
