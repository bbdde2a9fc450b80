package org.copydesk.base.web;

import org.copydesk.base.DatabaseFailures;
import org.copydesk.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error leaves as application/problem+json (RFC 9457). The framework's own errors (bad JSON, wrong
 * media type, upload too large, unknown path) are mapped by the base class; ours are mapped here, and anything
 * unexpected becomes a 500 that names no class, query or stack frame (those go to the log).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Seconds a client should wait before retrying a request that timed out waiting for the database. */
    static final int RETRY_AFTER_SECONDS = 2;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your account is not allowed to do this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    /** A lock wait or a statement ran past its timeout (or lost a deadlock): nothing was written; try again. */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        log.warn("A request timed out waiting for the database: {}", e.getMessage());
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The paragraph is busy (someone else's save is holding it); nothing was saved. Try again in a moment.");
        problem.setTitle("Busy, try again");
        problem.setProperty("retryable", true);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /** A multipart body that cannot be parsed: no or an empty boundary, a truncated body, a broken part header. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The multipart/form-data body cannot be read: it needs a boundary and a complete part named 'file'.");
        problem.setTitle("Bad request");
        return problem;
    }

    /**
     * A connection lost where no specific handler sees it (a rollback that fails on the dead connection surfaces as a
     * generic JPA error) is still the database being unreachable (or, for a pool timeout, busy): 503, like {@link
     * DatabaseUnavailableHandler}.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var outage = DatabaseFailures.outage(e);
        if (outage.isPresent()) {
            log.warn("The database could not serve an API request ({})", outage.get(), e);
            return DatabaseUnavailableHandler.answer(outage.get());
        }
        log.error("Unexpected error answering an API request", e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. It has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
