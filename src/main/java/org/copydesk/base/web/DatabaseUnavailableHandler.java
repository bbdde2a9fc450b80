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
 * While PostgreSQL is down or restarting, the API answers 503 problem+json with Retry-After at once (the pool gives
 * up after its connection timeout), never a 500: the client did nothing wrong and may simply try again. Ahead of the
 * general handler, so these failures never reach its catch-all.
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
        return answer();
    }

    /** The 503 problem+json with Retry-After that every unreachable-database failure gets. */
    static ResponseEntity<ProblemDetail> answer() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.DETAIL);
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
