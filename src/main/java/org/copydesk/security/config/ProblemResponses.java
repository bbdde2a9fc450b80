package org.copydesk.security.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.copydesk.base.DatabaseFailures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403 and 429 from the API's security filters, as problem+json like every other API error. */
final class ProblemResponses {

    /** Writes one problem response. */
    @FunctionalInterface
    interface Problem {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private ProblemResponses() {}

    /**
     * A 401 with a Bearer challenge only. A Basic challenge would make a browser prompt for a password and then send
     * it with every later request to the API, including requests that another site makes it send.
     */
    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            var outage = DatabaseFailures.outage(e);
            if (outage.isPresent()) { // the account could not be looked up: not the client's fault
                outage.get().writeTo(response, request.getRequestURI());
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Copydesk\"");
            write(
                    request,
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "Send an API token (Authorization: Bearer <token>) or HTTP Basic credentials with every request.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                "Your account is not allowed to do this.");
    }

    static Problem crossSite() {
        return (request, response) -> write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Cross-site request refused",
                "Requests that change data through the API must not come from a web page of another site.");
    }

    static Problem tooManySignIns(long retryAfterSeconds) {
        return (request, response) -> write(
                request,
                response,
                429,
                "Too many failed sign-ins",
                "Too many failed sign-ins for this account or from this address. Try again in " + retryAfterSeconds
                        + " seconds.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + jsonEscape(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + jsonEscape(detail) + "\",\"instance\":\""
                        + jsonEscape(request.getRequestURI()) + "\"}");
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
