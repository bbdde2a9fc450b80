package org.copydesk.comment.service;

/** The outcome of posting or changing a comment. */
public sealed interface CommentResult {

    record Done(CommentView comment) implements CommentResult {}

    /** Deleted; nothing to show. */
    record Deleted(long commentId) implements CommentResult {}

    /** Only the author may edit or delete a comment; {@code reason} says why this is refused. */
    record NotAllowed(String reason) implements CommentResult {}

    record Invalid(String reason) implements CommentResult {}

    /** No paragraph or comment has this id. */
    record NotFound(String what, long id) implements CommentResult {}
}
