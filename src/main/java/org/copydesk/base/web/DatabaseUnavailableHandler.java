package org.copydesk.base.web;

import java.sql.SQLTransientConnectionException;
import org.copydesk.base.DatabaseFailures;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While PostgreSQL is down or restarting, or every pooled connection stays busy, the API answers 503 problem+json
 * with Retry-After (the pool gives up after its connection timeout), never a 500: the client did nothing wrong and may
 * simply try again. The title says which ("Database unavailable" or "Busy, try again"). Ahead of the general handler,
 * so these failures never reach its catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        JDBCConnectionException.class,
        SQLTransientConnectionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        return answer(DatabaseFailures.outage(e).orElse(DatabaseFailures.Outage.UNREACHABLE));
    }

    /** The 503 problem+json with Retry-After that every database outage gets, titled by its kind. */
    static ResponseEntity<ProblemDetail> answer(DatabaseFailures.Outage outage) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, outage.detail());
        problem.setTitle(outage.title());
        problem.setProperty("retryable", true);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds())
                .body(problem);
    }
}
