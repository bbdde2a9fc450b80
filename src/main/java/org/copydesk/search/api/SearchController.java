package org.copydesk.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.copydesk.search.api.SearchRequests.SearchBody;
import org.copydesk.search.service.SearchResult;
import org.copydesk.search.service.SearchService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Search the paragraphs of all articles or a filtered set")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @PostMapping("/api/v1/search")
    @Operation(
            summary = "One page of paragraphs whose source or corrected text matches, with the matches in context"
                    + " and counts per article; 400 for a bad pattern, 422 when the search exceeds its time budget")
    ResponseEntity<?> search(@Valid @RequestBody SearchBody body) {
        int page = body.page() == null ? 0 : body.page();
        int size = body.size() == null ? 50 : body.size();
        return switch (search.search(body.toQuery(), page, size)) {
            case SearchResult.Found found -> ResponseEntity.ok(found.page());
            case SearchResult.Invalid invalid ->
                Problems.response(HttpStatus.BAD_REQUEST, "Invalid search", invalid.reason());
            case SearchResult.TimedOut timedOut ->
                Problems.response(HttpStatus.UNPROCESSABLE_CONTENT, "Search took too long", timedOut.reason());
        };
    }
}
