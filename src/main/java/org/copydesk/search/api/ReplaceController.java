package org.copydesk.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.copydesk.search.api.SearchRequests.ApplyBody;
import org.copydesk.search.api.SearchRequests.PreviewBody;
import org.copydesk.search.api.SearchRequests.UndoBody;
import org.copydesk.search.service.ApplyResult;
import org.copydesk.search.service.PreviewResult;
import org.copydesk.search.service.ReplaceService;
import org.copydesk.search.service.UndoResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/replace")
@Tag(name = "Replace", description = "Preview a replace across articles, apply it by its preview id, undo it")
class ReplaceController {

    private final ReplaceService replace;

    ReplaceController(ReplaceService replace) {
        this.replace = replace;
    }

    @PostMapping("/preview")
    @Operation(
            summary = "Store a preview of every paragraph whose corrected text would change, with word diffs;"
                    + " nothing changes yet")
    ResponseEntity<?> preview(@Valid @RequestBody PreviewBody body) {
        return switch (replace.preview(body.toQuery(), body.replacement())) {
            case PreviewResult.Previewed previewed -> ResponseEntity.ok(previewed.preview());
            case PreviewResult.Invalid invalid ->
                Problems.response(HttpStatus.BAD_REQUEST, "Invalid replace", invalid.reason());
            case PreviewResult.TooMany tooMany ->
                Problems.response(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "Too many changes",
                        "This replace would change more than " + tooMany.limit()
                                + " paragraphs; narrow it with filters.");
            case PreviewResult.TimedOut timedOut ->
                Problems.response(HttpStatus.UNPROCESSABLE_CONTENT, "Search took too long", timedOut.reason());
        };
    }

    @PostMapping("/apply")
    @Operation(
            summary = "Apply a stored preview (all its paragraphs, or those in paragraphIds): one replace-all revision"
                    + " per paragraph; paragraphs changed since the preview, and approved ones for editors, are"
                    + " skipped and listed")
    ResponseEntity<?> apply(@Valid @RequestBody ApplyBody body) {
        return switch (replace.apply(body.previewId(), body.paragraphIds())) {
            case ApplyResult.Applied applied -> ResponseEntity.ok(applied.outcome());
            case ApplyResult.NotFound notFound ->
                Problems.response(
                        HttpStatus.NOT_FOUND, "Not found", "You have no replace preview " + notFound.previewId() + ".");
            case ApplyResult.AlreadyApplied already ->
                Problems.response(
                        HttpStatus.CONFLICT,
                        "Already applied",
                        "Replace preview " + already.previewId() + " was applied at " + already.at()
                                + "; preview again to replace more.");
            case ApplyResult.Invalid invalid ->
                Problems.response(HttpStatus.BAD_REQUEST, "Invalid apply", invalid.reason());
        };
    }

    @PostMapping("/undo")
    @Operation(
            summary = "Undo an applied replace: revert revisions for its paragraphs, except those changed since,"
                    + " which are listed")
    ResponseEntity<?> undo(@Valid @RequestBody UndoBody body) {
        return switch (replace.undo(body.previewId())) {
            case UndoResult.Undone undone -> ResponseEntity.ok(undone.outcome());
            case UndoResult.NotFound notFound ->
                Problems.response(
                        HttpStatus.NOT_FOUND, "Not found", "You have no replace preview " + notFound.previewId() + ".");
            case UndoResult.NotUndoable notUndoable ->
                Problems.response(HttpStatus.CONFLICT, "Cannot undo", notUndoable.reason());
        };
    }
}
