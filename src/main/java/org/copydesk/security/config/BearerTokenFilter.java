package org.copydesk.security.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.copydesk.security.ApiTokenAuthentication;
import org.copydesk.security.service.ApiTokenService;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} against the stored API tokens; an unknown, expired or revoked token, or one of a disabled account, is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> user =
                tokens.authenticate(header.substring(BEARER.length()).trim());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("unknown, expired or revoked API token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
