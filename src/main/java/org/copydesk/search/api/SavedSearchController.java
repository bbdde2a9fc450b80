package org.copydesk.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.search.api.SearchRequests.SavedSearchBody;
import org.copydesk.search.service.SaveSearchResult;
import org.copydesk.search.service.SavedSearchService;
import org.copydesk.search.service.SavedSearchView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/saved-searches")
@Tag(name = "Saved searches", description = "Your named searches, to run again")
class SavedSearchController {

    private final SavedSearchService searches;

    SavedSearchController(SavedSearchService searches) {
        this.searches = searches;
    }

    @GetMapping
    @Operation(summary = "Your saved searches by name")
    List<SavedSearchView> mine() {
        return searches.mine();
    }

    @PostMapping
    @Operation(summary = "Save a search under a name; one of yours with the same name is replaced")
    ResponseEntity<?> save(@Valid @RequestBody SavedSearchBody body) {
        return switch (searches.save(body.name(), body.toQuery())) {
            case SaveSearchResult.Saved saved -> ResponseEntity.ok(saved.search());
            case SaveSearchResult.Invalid invalid ->
                Problems.response(HttpStatus.BAD_REQUEST, "Invalid saved search", invalid.reason());
        };
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of your saved searches")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!searches.delete(id)) {
            throw new NotFoundException("Saved search", id);
        }
        return ResponseEntity.noContent().build();
    }
}
