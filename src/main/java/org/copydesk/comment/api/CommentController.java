package org.copydesk.comment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.comment.service.CommentResult;
import org.copydesk.comment.service.CommentService;
import org.copydesk.comment.service.CommentView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping("/api/v1/paragraphs/{id}/comments")
    @Operation(summary = "Comment on a paragraph, or reply to a thread with parentId")
    ResponseEntity<?> post(@PathVariable long id, @Valid @RequestBody NewComment request) {
        return switch (comments.post(id, request.text(), request.parentId())) {
            case CommentResult.Done done ->
                ResponseEntity.created(URI.create("/api/v1/paragraphs/" + id + "/comments"))
                        .body(done.comment());
            case CommentResult.Invalid invalid -> problem(HttpStatus.BAD_REQUEST, invalid.reason());
            case CommentResult.NotAllowed notAllowed -> problem(HttpStatus.FORBIDDEN, notAllowed.reason());
            case CommentResult.NotFound notFound -> throw new NotFoundException(notFound.what(), notFound.id());
            case CommentResult.Deleted deleted -> throw new IllegalStateException("posting never deletes");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).body(problem);
    }
}
