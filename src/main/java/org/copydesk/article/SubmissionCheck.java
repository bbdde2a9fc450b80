package org.copydesk.article;

import java.util.List;

/**
 * Something that can hold a paragraph's current text back from review, such as a QA error. Review asks every such
 * check before it submits; the features that implement it (QA findings in {@code suggest}) sit above review, so the
 * interface lives here, in the module both already depend on, and review never depends on them.
 */
public interface SubmissionCheck {

    /** Why the paragraph's newest revision may not be submitted, one line each; empty when nothing blocks it. */
    List<String> blockers(long paragraphId);
}
