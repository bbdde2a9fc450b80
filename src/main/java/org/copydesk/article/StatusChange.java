package org.copydesk.article;

/**
 * The outcome of asking a paragraph to move in the review workflow: it moved, or it refused with a reason. The
 * paragraph's state machine ({@code article.domain.Paragraph}) is the one place that decides.
 */
public sealed interface StatusChange {

    /** The paragraph moved from {@code from} to {@code to}. */
    record Done(ParagraphStatus from, ParagraphStatus to) implements StatusChange {}

    /**
     * The paragraph refused. {@code rule} is true when a rule forbids this person (four eyes), false when the
     * paragraph is simply not in a status that allows the step.
     */
    record Refused(String reason, boolean rule) implements StatusChange {}
}
