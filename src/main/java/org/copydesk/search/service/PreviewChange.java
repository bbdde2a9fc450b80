package org.copydesk.search.service;

import java.util.List;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.editing.diff.DiffSegment;

/**
 * A paragraph a replace would change: its corrected text before and after, the word diff between them, and the
 * revision the change was computed on. {@code skippedForYou} is true for an approved paragraph when the account
 * is an editor: applying will leave it alone.
 */
public record PreviewChange(
        long paragraphId,
        long articleId,
        String articleTitle,
        int position,
        int baseRevision,
        ParagraphStatus status,
        boolean skippedForYou,
        int matchCount,
        String oldText,
        String newText,
        List<DiffSegment> diff) {

    public PreviewChange {
        diff = List.copyOf(diff);
    }
}
