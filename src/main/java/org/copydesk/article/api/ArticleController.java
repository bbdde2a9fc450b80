package org.copydesk.article.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ArticleStatus;
import org.copydesk.article.reader.ImportProblem;
import org.copydesk.article.service.ArticleDetail;
import org.copydesk.article.service.ArticleHeader;
import org.copydesk.article.service.ArticleImportService;
import org.copydesk.article.service.ArticleListItem;
import org.copydesk.article.service.ArticleListQuery;
import org.copydesk.article.service.ArticleQueryService;
import org.copydesk.article.service.ImportResult;
import org.copydesk.article.service.UploadLimit;
import org.copydesk.base.NotFoundException;
import org.copydesk.base.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Import articles and read them with their paragraphs")
class ArticleController {

    static final int MAX_PAGE_SIZE = 500;
    /** Far beyond any real list, and within what PostgreSQL's OFFSET and Hibernate's int first-result accept. */
    static final long MAX_OFFSET = 100_000_000;

    private final ArticleQueryService articles;
    private final ArticleImportService importer;
    private final UploadLimit limit;
    private final ArticleJsonWriter writer;

    ArticleController(
            ArticleQueryService articles, ArticleImportService importer, UploadLimit limit, ArticleJsonWriter writer) {
        this.articles = articles;
        this.importer = importer;
        this.limit = limit;
        this.writer = writer;
    }

    @GetMapping
    @Operation(
            summary = "A page of articles with their progress, most recently active first",
            description =
                    "Optional filters: status (new, in_progress, in_review, approved) and q (a part of the"
                            + " title, any case); sort: activity (default), status, title or residue (most spin residue first).")
    PageResponse<ArticleListItem> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "activity") String sort) {
        var query = new ArticleListQuery(
                status == null ? null : named(ArticleStatus.class, "status", status),
                q,
                named(ArticleListQuery.Order.class, "sort", sort));
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        if ((long) Math.max(page, 0) * pageSize > MAX_OFFSET) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Page " + page + " of " + pageSize + " articles lies beyond any list Copydesk keeps; the first"
                            + " article of a page may be at most number " + MAX_OFFSET + ".");
        }
        return PageResponse.of(articles.page(query, Math.max(page, 0), pageSize), item -> item);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String code) {
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Unknown " + parameter + " \"" + code + "\"; one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .toList()
                            + ".");
        }
    }

    /**
     * Streams the article: the paragraphs are read and written a page at a time, so a long article never sits in
     * memory whole. An unknown id is a 404 before anything is written.
     */
    @GetMapping("/{id}")
    @Operation(summary = "One article with every paragraph in order")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleDetail.class)))
    void get(@PathVariable long id, HttpServletResponse response) throws IOException {
        ArticleHeader header = articles.header(id).orElseThrow(() -> new NotFoundException("Article", id));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        writer.write(header, response.getOutputStream());
    }

    @PostMapping(
            consumes = {
                "text/plain",
                "text/markdown",
                "text/x-markdown",
                "text/html",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            })
    @Operation(
            summary = "Import an article sent as the request body (text/plain, text/markdown, text/html or a Word"
                    + " .docx)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The article file itself: plain text or Markdown (the title on the first line, then the"
                    + " byline and paragraphs separated by blank lines; UTF-8), an HTML page, or a Word .docx; at"
                    + " most 10 MB",
            content = {
                @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<?> importBody(
            @RequestHeader("Content-Type") String contentType,
            @RequestHeader(value = "Content-Length", required = false) @Nullable Long length,
            @Parameter(hidden = true) InputStream body)
            throws IOException {
        if (limit.exceeds(length)) {
            return respond(limit.tooLarge());
        }
        ArticleFormat format = ArticleFormat.fromMediaType(contentType).orElse(ArticleFormat.PLAIN_TEXT);
        ImportResult result = limit.read(body)
                .<ImportResult>map(bytes -> importer.importArticle(bytes, format))
                .orElseGet(limit::tooLarge);
        return respond(result);
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Import an article uploaded as the multipart part 'file' (.txt, .md, .html or .docx)")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        Optional<ArticleFormat> format =
                ArticleFormat.fromFileName(name).or(() -> ArticleFormat.fromMediaType(file.getContentType()));
        if (format.isEmpty()) {
            return respond(new ImportResult.Rejected(
                    ImportProblem.UNSUPPORTED_FORMAT,
                    "Copydesk imports .txt, .md, .html and .docx articles; '" + name + "' is none of them."));
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = limit.read(in)
                    .<ImportResult>map(bytes -> importer.importArticle(bytes, format.get()))
                    .orElseGet(limit::tooLarge);
            return respond(result);
        }
    }

    /** Just imported, so at most the paragraph limit; built in memory. */
    private ArticleDetail detail(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    private ResponseEntity<?> respond(ImportResult result) {
        return switch (result) {
            case ImportResult.Imported i ->
                ResponseEntity.created(URI.create("/api/v1/articles/" + i.articleId()))
                        .body(detail(i.articleId()));
            case ImportResult.AlreadyImported a ->
                ResponseEntity.ok()
                        .location(URI.create("/api/v1/articles/" + a.articleId()))
                        .header("Copydesk-Import", "already-imported")
                        .body(detail(a.articleId()));
            case ImportResult.Rejected r -> {
                HttpStatus status = switch (r.problem()) {
                    case TOO_LARGE, TOO_MANY_PARAGRAPHS, EXPANDS_TOO_MUCH -> HttpStatus.CONTENT_TOO_LARGE;
                    case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                    default -> HttpStatus.BAD_REQUEST;
                };
                var problem = ProblemDetail.forStatusAndDetail(status, r.message());
                problem.setTitle("Article not imported");
                problem.setProperty("problem", r.problem().name().toLowerCase(Locale.ROOT));
                yield ResponseEntity.status(status).body(problem);
            }
        };
    }
}
