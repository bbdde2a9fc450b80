package org.copydesk.security.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.copydesk.security.service.SignInThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (a form post to the login URL, or any request with HTTP Basic credentials) while its account or
 * address is throttled, before the password is even checked: the API answers 429 problem+json, the login form
 * returns to the login page with the wait. Both carry {@code Retry-After}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";
    private final SignInThrottle throttle;
    private final String loginPath;

    SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formLogin = "POST".equals(request.getMethod()) && loginPath.equals(pathOf(request));
        Optional<String> username =
                formLogin ? Optional.ofNullable(request.getParameter("username")) : basicUser(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.blockedFor(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toSecondsPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (formLogin) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + loginPath + "?throttled=" + seconds);
        } else {
            ProblemResponses.tooManySignIns(seconds).handle(request, response);
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
