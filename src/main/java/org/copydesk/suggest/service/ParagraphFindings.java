package org.copydesk.suggest.service;

import java.util.List;
import org.copydesk.suggest.check.Finding;

/**
 * The findings on a paragraph's corrected text at {@code revision}.
 *
 * @param grammarChecked false when LanguageTool was not ready in time (its findings are then missing)
 */
public record ParagraphFindings(long paragraphId, int revision, List<Finding> findings, boolean grammarChecked) {

    /** Errors block submitting the paragraph; warnings do not. */
    public boolean blocksSubmission() {
        return findings.stream().anyMatch(f -> f.severity() == org.copydesk.suggest.check.Severity.ERROR);
    }
}
