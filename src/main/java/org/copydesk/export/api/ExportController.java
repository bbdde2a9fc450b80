package org.copydesk.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.export.service.BatchRequest;
import org.copydesk.export.service.ExportResult;
import org.copydesk.export.service.ExportService;
import org.copydesk.export.writer.ExportFormat;
import org.copydesk.export.writer.ExportOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Exports", description = "Clean copy, bilingual files and redlines, one at a time or as a ZIP")
class ExportController {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ExportService exports;
    private final Clock clock;

    ExportController(ExportService exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /** A batch: article ids, format codes, and optionally boilerplate and paper ({@code a4} or {@code letter}). */
    record BatchBody(
            @Nullable List<Long> ids,
            @Nullable List<String> formats,
            @Nullable Boolean boilerplate,
            @Nullable String paper) {}

    @GetMapping("/api/v1/articles/{id}/export")
    @Operation(
            summary = "One article in one format: txt, md, html, docx, pdf (clean copy), xliff, tmx (bilingual), "
                    + "redline-html, redline-docx")
    ResponseEntity<?> export(
            @PathVariable long id,
            @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean boilerplate,
            @RequestParam(defaultValue = "a4") String paper) {
        Optional<ExportFormat> chosen = ExportFormat.fromCode(format);
        Optional<ExportOptions.PageSize> pageSize = pageSize(paper);
        if (chosen.isEmpty() || pageSize.isEmpty()) {
            return badRequest(chosen.isEmpty() ? unknownFormat(format) : unknownPaper(paper));
        }
        return switch (exports.export(id, chosen.get(), new ExportOptions(boilerplate, pageSize.get()))) {
            case ExportResult.Exported file ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                        .header("Copydesk-Draft", String.valueOf(file.draft()))
                        .body(file.content());
            case ExportResult.NotFound notFound ->
                problem(HttpStatus.NOT_FOUND, "Not found", "Article " + id + " does not exist.");
            case ExportResult.NotAllowed notAllowed ->
                problem(HttpStatus.FORBIDDEN, "Export not allowed", notAllowed.reason());
        };
    }

    @PostMapping(value = "/api/v1/exports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Many articles in one or more formats as one ZIP with a manifest.csv (SHA-256 per file), "
                    + "streamed as it is written")
    ResponseEntity<StreamingResponseBody> batch(@RequestBody BatchBody body) {
        List<String> codes = body.formats() == null ? List.of() : body.formats();
        Set<ExportFormat> formats = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<ExportFormat> format = ExportFormat.fromCode(code == null ? "" : code);
            if (format.isEmpty()) {
                throw invalid(unknownFormat(code));
            }
            formats.add(format.get());
        }
        Optional<ExportOptions.PageSize> pageSize = pageSize(body.paper() == null ? "a4" : body.paper());
        if (pageSize.isEmpty()) {
            throw invalid(unknownPaper(body.paper()));
        }
        List<Long> ids = body.ids() == null ? List.of() : new ArrayList<>(body.ids());
        if (ids.contains(null)) {
            throw invalid("Every id must be a number.");
        }
        var request = new BatchRequest(
                ids, formats, new ExportOptions(Boolean.TRUE.equals(body.boilerplate()), pageSize.get()));
        if (request.problem().isPresent()) {
            throw invalid(request.problem().get());
        }
        // The body is written on another thread; it acts as the caller, whatever that thread's own context.
        SecurityContext caller = SecurityContextHolder.getContext();
        StreamingResponseBody zip = out -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                exports.exportBatch(request, out, (done, all) -> {});
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment("copydesk-export-" + STAMP.format(clock.instant()) + ".zip"))
                .body(zip);
    }

    private static Optional<ExportOptions.PageSize> pageSize(String paper) {
        return Arrays.stream(ExportOptions.PageSize.values())
                .filter(size -> size.name().equalsIgnoreCase(paper.strip()))
                .findFirst();
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private static String unknownFormat(@Nullable String code) {
        return "Unknown export format '" + code + "'; choose one of "
                + Arrays.stream(ExportFormat.values()).map(ExportFormat::code).collect(Collectors.joining(", "))
                + ".";
    }

    private static String unknownPaper(@Nullable String paper) {
        return "Unknown paper '" + paper + "'; choose a4 or letter.";
    }

    /** The batch answers with a stream, so its refusals leave as exceptions that become problem+json. */
    private static ResponseStatusException invalid(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Export not possible", detail);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
