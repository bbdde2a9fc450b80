package org.copydesk.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.review.ChangeReason;
import org.copydesk.review.service.BulkReviewResult;
import org.copydesk.review.service.ReviewQueueFilter;
import org.copydesk.review.service.ReviewQueueItem;
import org.copydesk.review.service.ReviewResult;
import org.copydesk.review.service.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Review", description = "Submit, approve or send back paragraphs; the review queue")
class ReviewController {

    private final ReviewService review;

    ReviewController(ReviewService review) {
        this.review = review;
    }

    /** {@code reason}: meaning_changed, still_garbled, grammar, style, terminology or other. */
    record ChangeRequest(
            @NotNull ChangeReason reason, @Nullable String comment) {}

    record BulkAnswer(List<Long> done, List<BulkReviewResult.Skipped> skipped) {}

    /**
     * {@code override}: submit in spite of blocking findings (reviewers and admins only), for the {@code reason}
     * given.
     */
    record SubmitRequest(boolean override, @Nullable String reason) {}

    /** {@code paragraphIds}: the paragraphs to submit; without a body, every edited paragraph is submitted. */
    record Selection(@NotNull @Size(min = 1, max = 20_000) List<@NotNull Long> paragraphIds) {}

    record QueuePage(List<ReviewQueueItem> content, int total) {}

    @PostMapping("/api/v1/paragraphs/{id}/submit")
    @Operation(
            summary = "Submit a paragraph for review; 422 naming the findings that hold it back, which a reviewer may"
                    + " override with {\"override\": true, \"reason\": \"...\"}")
    ResponseEntity<?> submit(@PathVariable long id, @RequestBody(required = false) @Nullable SubmitRequest request) {
        if (request == null || !request.override()) {
            return answer(review.submit(id));
        }
        return answer(review.submitOverriding(id, request.reason() == null ? "" : request.reason()));
    }

    @PostMapping("/api/v1/paragraphs/{id}/approve")
    @Operation(summary = "Approve a submitted paragraph; 403 when you wrote its latest revision (four eyes)")
    ResponseEntity<?> approve(@PathVariable long id) {
        return answer(review.approve(id));
    }

    @PostMapping("/api/v1/paragraphs/{id}/request-changes")
    @Operation(summary = "Send a submitted paragraph back with a reason and an optional comment")
    ResponseEntity<?> requestChanges(@PathVariable long id, @Valid @RequestBody ChangeRequest request) {
        return answer(review.requestChanges(id, request.reason(), request.comment()));
    }

    @PostMapping("/api/v1/articles/{id}/submit")
    @Operation(
            summary = "Submit every edited paragraph of the article, or those named in {\"paragraphIds\": [...]};"
                    + " lists what was skipped and why")
    BulkAnswer submitArticle(
            @PathVariable long id, @RequestBody(required = false) @Valid @Nullable Selection selection) {
        return bulk(
                selection == null ? review.submitArticle(id) : review.submitSelection(id, selection.paragraphIds()));
    }

    @PostMapping("/api/v1/articles/{id}/approve")
    @Operation(summary = "Approve every submitted paragraph of the article; four eyes per paragraph, skipped listed")
    BulkAnswer approveArticle(@PathVariable long id) {
        return bulk(review.approveArticle(id));
    }

    @GetMapping("/api/v1/review-queue")
    @Operation(summary = "Submitted paragraphs across articles, oldest submission first, with word diffs")
    QueuePage queue(
            @RequestParam(required = false) @Nullable Long articleId,
            @RequestParam(required = false) @Nullable String editor,
            @RequestParam(required = false) @Nullable Integer minAgeHours,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500 || (minAgeHours != null && minAgeHours < 0)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page >= 0, 1 <= size <= 500 and minAgeHours >= 0");
        }
        var filter =
                new ReviewQueueFilter(articleId, editor, minAgeHours == null ? null : Duration.ofHours(minAgeHours));
        return new QueuePage(review.queue(filter, page * size, size), review.queueSize(filter));
    }

    private static BulkAnswer bulk(BulkReviewResult result) {
        return switch (result) {
            case BulkReviewResult.Done done -> new BulkAnswer(done.done(), done.skipped());
            case BulkReviewResult.NotFound notFound -> throw new NotFoundException("Article", notFound.articleId());
        };
    }

    private static ResponseEntity<?> answer(ReviewResult result) {
        return switch (result) {
            case ReviewResult.Done done -> ResponseEntity.ok(done.paragraph());
            case ReviewResult.NotAllowed notAllowed -> problem(HttpStatus.FORBIDDEN, "Forbidden", notAllowed.reason());
            case ReviewResult.WrongStatus wrong -> problem(HttpStatus.CONFLICT, "Not possible now", wrong.reason());
            case ReviewResult.Invalid invalid -> problem(HttpStatus.BAD_REQUEST, "Invalid request", invalid.reason());
            case ReviewResult.Blocked blocked -> {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, blocked.reason());
                problem.setTitle("Held back by findings");
                problem.setProperty("findings", blocked.findings());
                yield ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
            }
            case ReviewResult.NotFound notFound -> throw new NotFoundException("Paragraph", notFound.paragraphId());
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
