package org.copydesk.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.security.service.ApiTokenSummary;
import org.copydesk.security.service.CreateTokenResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

    /** {@code expiresAt}: when the token stops working (ISO-8601 instant); omit it for a token that does not. */
    record CreateTokenRequest(
            @NotBlank @Size(max = 100) String name,
            @Nullable Instant expiresAt) {}

    @PostMapping
    @Operation(
            summary = "Create an API token for the signed-in account",
            description = "Needs a password sign-in (HTTP Basic) or a UI session; a token cannot create tokens (403).")
    ResponseEntity<?> create(@Valid @RequestBody CreateTokenRequest request) {
        return switch (tokens.create(request.name(), request.expiresAt())) {
            case CreateTokenResult.Created created ->
                ResponseEntity.created(
                                URI.create("/api/v1/tokens/" + created.token().id()))
                        .body(created.token());
            case CreateTokenResult.NotAllowed notAllowed ->
                ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .body(problem(HttpStatus.FORBIDDEN, "Forbidden", notAllowed.reason()));
            case CreateTokenResult.Invalid invalid ->
                ResponseEntity.badRequest()
                        .body(problem(HttpStatus.BAD_REQUEST, "Invalid token request", invalid.reason()));
        };
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
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
