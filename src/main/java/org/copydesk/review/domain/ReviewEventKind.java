package org.copydesk.review.domain;

/** The step a review event records. */
public enum ReviewEventKind {
    SUBMITTED,
    APPROVED,
    CHANGES_REQUESTED
}
