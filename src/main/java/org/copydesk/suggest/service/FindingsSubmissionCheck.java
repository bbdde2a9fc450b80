package org.copydesk.suggest.service;

import java.util.List;
import org.copydesk.article.SubmissionCheck;
import org.springframework.stereotype.Component;

/** QA errors (numbers not in the source, quotes turned the wrong way, …) hold a paragraph back from review. */
@Component
class FindingsSubmissionCheck implements SubmissionCheck {

    private final FindingsService findings;

    FindingsSubmissionCheck(FindingsService findings) {
        this.findings = findings;
    }

    @Override
    public List<String> blockers(long paragraphId) {
        return findings.blockingErrors(paragraphId).stream()
                .map(org.copydesk.suggest.check.Finding::message)
                .toList();
    }
}
