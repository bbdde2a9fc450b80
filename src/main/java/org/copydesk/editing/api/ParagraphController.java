package org.copydesk.editing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.editing.service.ParagraphEditingService;
import org.copydesk.editing.service.RevisionSummary;
import org.copydesk.editing.service.SaveResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/paragraphs")
@Tag(name = "Paragraphs", description = "Save corrected text and read its revision history")
class ParagraphController {

    private final ParagraphEditingService editing;

    ParagraphController(ParagraphEditingService editing) {
        this.editing = editing;
    }

    /** {@code text}: the new corrected text; {@code baseRevision}: the revision the client last saw. */
    record SaveRequest(@NotNull String text, @NotNull Integer baseRevision) {}

    @PutMapping("/{id}")
    @Operation(
            summary = "Save corrected text as the next revision; 409 with the current text when baseRevision is stale")
    ResponseEntity<?> save(@PathVariable long id, @Valid @RequestBody SaveRequest request) {
        return switch (editing.save(id, request.text(), request.baseRevision())) {
            case SaveResult.Saved saved -> ResponseEntity.ok(saved.paragraph());
            case SaveResult.Unchanged unchanged -> ResponseEntity.ok(unchanged.paragraph());
            case SaveResult.Conflict conflict -> {
                var problem = problem(
                        HttpStatus.CONFLICT,
                        "Conflict",
                        "This paragraph was saved as revision "
                                + conflict.theirs().revision() + " by "
                                + conflict.theirs().updatedBy() + " after revision "
                                + conflict.base().number()
                                + ", which your save was based on. Nothing was overwritten.");
                problem.setProperty("currentText", conflict.theirs().correctedText());
                problem.setProperty("currentRevision", conflict.theirs().revision());
                problem.setProperty("current", conflict.theirs());
                problem.setProperty("base", conflict.base());
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
            case SaveResult.NotAllowed notAllowed ->
                ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .body(problem(HttpStatus.FORBIDDEN, "Forbidden", notAllowed.reason()));
            case SaveResult.Invalid invalid ->
                ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid save", invalid.reason()));
            case SaveResult.NotFound notFound -> throw new NotFoundException("Paragraph", notFound.paragraphId());
        };
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every revision of the paragraph, oldest first")
    List<RevisionSummary> revisions(@PathVariable long id) {
        return editing.history(id).orElseThrow(() -> new NotFoundException("Paragraph", id));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
