package org.copydesk.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.copydesk.base.DatabaseFailures;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An unreachable or busy database noticed before a controller runs (looking up an API token in a security filter) is
 * a 503 problem+json with Retry-After too, not a 500: this filter wraps every other one, the security filters
 * included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            var outage = DatabaseFailures.outage(failure);
            if (!request.getRequestURI().startsWith("/api/") || response.isCommitted() || outage.isEmpty()) {
                throw failure;
            }
            response.resetBuffer();
            outage.get().writeTo(response, request.getRequestURI());
        }
    }
}
