package org.copydesk.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.editing.service.ParagraphActivity;

/**
 * Who is working on which paragraph, as announced by other windows. An announcement older than {@link #TTL} is
 * forgotten, so a window that vanished without saying goodbye stops showing.
 */
final class Presence {

    static final Duration TTL = Duration.ofMinutes(10);

    private record Seen(String username, Instant at) {}

    private final Map<Long, Map<String, Seen>> byParagraph = new HashMap<>();

    void update(ParagraphActivity.Presence p) {
        if (p.editing()) {
            byParagraph.values().forEach(windows -> windows.remove(p.window()));
            byParagraph
                    .computeIfAbsent(p.paragraphId(), id -> new HashMap<>())
                    .put(p.window(), new Seen(p.username(), Instant.now()));
        } else {
            var windows = byParagraph.get(p.paragraphId());
            if (windows != null) {
                windows.remove(p.window());
            }
        }
    }

    /** The usernames working on the paragraph in windows other than {@code mine}. */
    List<String> others(long paragraphId, String mine) {
        Instant oldest = Instant.now().minus(TTL);
        return byParagraph.getOrDefault(paragraphId, Map.of()).entrySet().stream()
                .filter(e -> !e.getKey().equals(mine) && e.getValue().at().isAfter(oldest))
                .map(e -> e.getValue().username())
                .distinct()
                .sorted()
                .toList();
    }
}
