package org.copydesk.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.copydesk.audit.AuditAction;
import org.copydesk.audit.service.AuditEntryView;
import org.copydesk.audit.service.AuditFilter;
import org.copydesk.audit.service.AuditService;
import org.copydesk.base.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Audit", description = "The append-only audit log (admins only)")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @Operation(
            summary = "Audit entries, newest first; filter by actor, action (e.g. sign_in_failed) and time [from, to)")
    PageResponse<AuditEntryView> search(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page >= 0 and 1 <= size <= 1000");
        }
        return PageResponse.of(audit.search(new AuditFilter(actor, action(action), from, to), page, size), e -> e);
    }

    private static @Nullable AuditAction action(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (AuditAction a : AuditAction.values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action " + code);
    }
}
