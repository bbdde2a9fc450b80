package org.copydesk.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.security.service.ApiTokenSummary;
import org.copydesk.security.service.CreatedToken;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Bearer tokens for integrations; the secret is shown once, at creation")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record CreateTokenRequest(@NotBlank @Size(max = 100) String name) {}

    @PostMapping
    @Operation(summary = "Create an API token for the signed-in account")
    ResponseEntity<CreatedToken> create(@Valid @RequestBody CreateTokenRequest request) {
        CreatedToken token = tokens.create(request.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(token);
    }

    @GetMapping
    @Operation(summary = "The signed-in account's tokens (without their secrets)")
    List<ApiTokenSummary> list() {
        return tokens.listMine();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the signed-in account's tokens")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!tokens.revokeMine(id)) {
            throw new NotFoundException("API token", id);
        }
        return ResponseEntity.noContent().build();
    }
}
