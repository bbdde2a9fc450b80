package org.copydesk.base.web;

import java.sql.SQLException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * PostgreSQL cannot store or even compare text with a NUL character (SQLSTATE 22021, 22P05): such a value in any
 * request (a search term, a token name, a comment) is the client's mistake, answered 400 problem+json, not a 500.
 * Endpoints that check their text first give a more specific answer; this catches every path that does not. The same
 * for a query parameter Tomcat cannot decode.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnstorableTextHandler {

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail unstorable(DataIntegrityViolationException e) {
        if (!isUnstorableCharacter(e)) {
            throw e;
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The request contains a character that cannot be stored (a NUL character, U+0000). Remove it and try"
                        + " again.");
        problem.setTitle("Invalid character");
        return problem;
    }

    /** A query parameter that is not valid percent-encoded UTF-8 ({@code q=%FF}): Tomcat could not decode it. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "A query parameter is not valid percent-encoded UTF-8. Encode it as UTF-8 and try again.");
        problem.setTitle("Invalid parameter");
        return problem;
    }

    static boolean isUnstorableCharacter(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
