package org.copydesk.search.service;

import java.util.List;
import java.util.UUID;

/**
 * What applying (or undoing) a replace did: the paragraphs it changed, each with the revision it wrote, and those
 * it left alone, each with the reason. Nothing is ever overwritten: a paragraph changed since is skipped.
 */
public record ReplaceOutcome(UUID previewId, List<Changed> changed, List<Skipped> skipped) {

    public ReplaceOutcome {
        changed = List.copyOf(changed);
        skipped = List.copyOf(skipped);
    }

    public record Changed(long paragraphId, long articleId, String articleTitle, int position, int revision) {}

    public record Skipped(
            long paragraphId, long articleId, String articleTitle, int position, SkipReason reason, String detail) {}
}
