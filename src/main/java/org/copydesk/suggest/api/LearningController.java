package org.copydesk.suggest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.copydesk.base.NotFoundException;
import org.copydesk.suggest.learning.PairArchive;
import org.copydesk.suggest.learning.StrictText;
import org.copydesk.suggest.service.LearnedRuleView;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.suggest.service.PairResult;
import org.copydesk.suggest.service.PairsResult;
import org.copydesk.suggest.service.RuleUpdateResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Teach Copydesk from reference pairs; see, edit and retire learned rules (admin)")
class LearningController {

    record PairRequest(@Nullable String spun, @Nullable String original) {}

    record RuleRequest(
            @Nullable String from,
            @Nullable String to,
            @Nullable Boolean retired) {}

    private final LearningService learning;

    LearningController(LearningService learning) {
        this.learning = learning;
    }

    @PostMapping(value = "/pairs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Teach from a spun article and its original (paragraphs separated by blank lines)")
    ResponseEntity<?> pair(@RequestBody PairRequest request) {
        return answer(learning.learnFromPair(
                request.spun() == null ? "" : request.spun(), request.original() == null ? "" : request.original()));
    }

    @PostMapping(value = "/pairs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Teach from two uploaded UTF-8 files, spun and original, or from a ZIP of pairs",
            description =
                    "Parts spun + original, or part pairs: a ZIP of NN-spun.txt / NN-original.txt files (at most"
                            + " 200 files, 5 MB each, 40 MB in all when unpacked). A file the ZIP cannot use refuses the whole"
                            + " upload with 400, naming it in the problem's \"file\" (\"pair\" for two texts that do not match); nothing is learned from a refused upload.")
    ResponseEntity<?> pairFiles(
            @RequestPart(value = "spun", required = false) @Nullable MultipartFile spun,
            @RequestPart(value = "original", required = false) @Nullable MultipartFile original,
            @RequestPart(value = "pairs", required = false) @Nullable MultipartFile pairs)
            throws IOException {
        if (pairs != null) {
            return pairArchive(pairs.getBytes());
        }
        if (spun == null || original == null) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Invalid pair",
                    "Upload two files, parts “spun” and “original”, or a ZIP of pairs as part “pairs”.");
        }
        var s = StrictText.utf8(spun.getBytes());
        var o = StrictText.utf8(original.getBytes());
        if (s.isEmpty() || o.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid pair", "Both files must be UTF-8 text.");
        }
        return answer(learning.learnFromPair(s.get(), o.get()));
    }

    private ResponseEntity<?> pairArchive(byte[] zip) {
        return switch (PairArchive.read(zip)) {
            case PairArchive.Result.Refused refused -> refused("file", refused.file(), refused.reason());
            case PairArchive.Result.Pairs read ->
                switch (learning.learnFromPairs(read.pairs())) {
                    case PairsResult.Learned learned ->
                        ResponseEntity.status(HttpStatus.CREATED).body(learned);
                    case PairsResult.Invalid invalid -> refused("pair", invalid.pair(), invalid.reason());
                };
        };
    }

    @GetMapping("/rules")
    @Operation(summary = "Every learned rule with its counts and confidence")
    List<LearnedRuleView> rules() {
        return learning.rules();
    }

    @PutMapping(value = "/rules/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Edit a rule's phrase or replacement, or retire / reinstate it")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody RuleRequest request) {
        if (request.from() == null || request.to() == null) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid rule", "Give “from” and “to”.");
        }
        return answer(learning.update(id, request.from(), request.to(), Boolean.TRUE.equals(request.retired())));
    }

    @DeleteMapping("/rules/{id}")
    @Operation(summary = "Retire a rule: it keeps its counts but is no longer proposed")
    ResponseEntity<?> retire(@PathVariable long id) {
        return answer(learning.retire(id));
    }

    private static ResponseEntity<?> answer(PairResult result) {
        return switch (result) {
            case PairResult.Learned learned ->
                ResponseEntity.status(HttpStatus.CREATED).body(learned);
            case PairResult.Invalid invalid -> problem(HttpStatus.BAD_REQUEST, "Invalid pair", invalid.reason());
        };
    }

    private static ResponseEntity<?> answer(RuleUpdateResult result) {
        return switch (result) {
            case RuleUpdateResult.Updated updated -> ResponseEntity.ok(updated.rule());
            case RuleUpdateResult.Invalid invalid -> problem(HttpStatus.BAD_REQUEST, "Invalid rule", invalid.reason());
            case RuleUpdateResult.NotFound notFound -> throw new NotFoundException("Learned rule", notFound.id());
        };
    }

    /** 400 naming the uploaded file ({@code "file"}) or pair ({@code "pair"}) that could not be used. */
    private static ResponseEntity<ProblemDetail> refused(String what, String name, String reason) {
        var answer = problem(HttpStatus.BAD_REQUEST, "Invalid pairs", reason);
        answer.getBody().setProperty(what, name);
        return answer;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
