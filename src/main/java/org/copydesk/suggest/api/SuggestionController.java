package org.copydesk.suggest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.suggest.engine.Suggestion;
import org.copydesk.suggest.service.SuggestionService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "Suggestions", description = "Suggestions that reverse spinning, for any text")
class SuggestionController {

    /** One suggestion; offsets are UTF-16 code units of the request body, {@code end} exclusive. */
    record SuggestionJson(
            int start, int end, String original, String replacement, String confidence, String reason, String source) {

        static SuggestionJson of(Suggestion s) {
            return new SuggestionJson(
                    s.start(),
                    s.end(),
                    s.original(),
                    s.replacement(),
                    s.confidence().code(),
                    s.reason(),
                    s.source());
        }
    }

    private final SuggestionService suggestions;

    SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Suggestions for a text/plain body (UTF-8 unless the charset says otherwise): sorted, never"
                    + " overlapping; confidence is confident or possible")
    List<SuggestionJson> suggest(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable MediaType type) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        String text = new String(body, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            // a byte-order mark is not text; keep offsets counting from the body's first character all the same
            text = " " + text.substring(1);
        }
        return suggestions.suggest(text).stream().map(SuggestionJson::of).toList();
    }
}
