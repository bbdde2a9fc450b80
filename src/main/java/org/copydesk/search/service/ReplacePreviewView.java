package org.copydesk.search.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.search.matching.PatternSpec;

/** A stored replace preview: apply it by its {@code id}, choosing any of its {@code changes}. */
public record ReplacePreviewView(
        UUID id, PatternSpec pattern, String replacement, Instant createdAt, List<PreviewChange> changes) {

    public ReplacePreviewView {
        changes = List.copyOf(changes);
    }
}
