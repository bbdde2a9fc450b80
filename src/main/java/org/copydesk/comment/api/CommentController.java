package org.copydesk.comment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.copydesk.base.NotFoundException;
import org.copydesk.comment.service.CommentResult;
import org.copydesk.comment.service.CommentService;
import org.copydesk.comment.service.CommentView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Comments", description = "Comment threads on paragraphs")
class CommentController {

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    /** {@code text}: plain text, may mention accounts as {@code @username}; {@code parentId}: the thread replied to. */
    record NewComment(@NotNull String text, @Nullable Long parentId) {}

    @GetMapping("/api/v1/paragraphs/{id}/comments")
    @Operation(summary = "The paragraph's comments, oldest first")
    List<CommentView> list(@PathVariable long id) {
        return comments.thread(id).orElseThrow(() -> new NotFoundException("Paragraph", id));
    }

    /** {@code text}: the comment's new text, plain, may mention accounts as {@code @username}. */
    record ChangedText(@NotNull String text) {}

    @PostMapping("/api/v1/paragraphs/{id}/comments")
    @Operation(summary = "Comment on a paragraph, or reply to a thread with parentId")
    ResponseEntity<?> post(@PathVariable long id, @Valid @RequestBody NewComment request) {
        return answer(
                comments.post(id, request.text(), request.parentId()),
                done -> ResponseEntity.created(URI.create("/api/v1/paragraphs/" + id + "/comments"))
                        .body(done.comment()));
    }

    @PutMapping("/api/v1/paragraphs/{id}/comments/{commentId}")
    @Operation(summary = "Change the text of one of your own comments; 403 for someone else's")
    ResponseEntity<?> edit(
            @PathVariable long id, @PathVariable long commentId, @Valid @RequestBody ChangedText request) {
        requireOnParagraph(id, commentId);
        return answer(comments.edit(commentId, request.text()), done -> ResponseEntity.ok(done.comment()));
    }

    @DeleteMapping("/api/v1/paragraphs/{id}/comments/{commentId}")
    @Operation(summary = "Delete one of your own comments (a thread's first one only while nobody replied)")
    ResponseEntity<?> delete(@PathVariable long id, @PathVariable long commentId) {
        requireOnParagraph(id, commentId);
        return answer(comments.delete(commentId), done -> ResponseEntity.ok(done.comment()));
    }

    @PostMapping("/api/v1/paragraphs/{id}/comments/{commentId}/resolve")
    @Operation(summary = "Mark the thread this comment opens as resolved")
    ResponseEntity<?> resolve(@PathVariable long id, @PathVariable long commentId) {
        requireOnParagraph(id, commentId);
        return answer(comments.resolve(commentId), done -> ResponseEntity.ok(done.comment()));
    }

    @PostMapping("/api/v1/paragraphs/{id}/comments/{commentId}/reopen")
    @Operation(summary = "Open a resolved thread again")
    ResponseEntity<?> reopen(@PathVariable long id, @PathVariable long commentId) {
        requireOnParagraph(id, commentId);
        return answer(comments.reopen(commentId), done -> ResponseEntity.ok(done.comment()));
    }

    /** A comment is addressed under its own paragraph; under any other it does not exist. */
    private void requireOnParagraph(long paragraphId, long commentId) {
        boolean there =
                comments.thread(paragraphId).orElseThrow(() -> new NotFoundException("Paragraph", paragraphId)).stream()
                        .anyMatch(c -> c.id() == commentId);
        if (!there) {
            throw new NotFoundException("Comment", commentId);
        }
    }

    private static ResponseEntity<?> answer(
            CommentResult result, Function<CommentResult.Done, ResponseEntity<?>> whenDone) {
        return switch (result) {
            case CommentResult.Done done -> whenDone.apply(done);
            case CommentResult.Deleted deleted -> ResponseEntity.noContent().build();
            case CommentResult.Invalid invalid -> problem(HttpStatus.BAD_REQUEST, invalid.reason());
            case CommentResult.NotAllowed notAllowed -> problem(HttpStatus.FORBIDDEN, notAllowed.reason());
            case CommentResult.NotFound notFound -> throw new NotFoundException(notFound.what(), notFound.id());
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).body(problem);
    }
}
