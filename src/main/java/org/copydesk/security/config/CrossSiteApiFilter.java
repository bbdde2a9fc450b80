package org.copydesk.security.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF token (it is stateless and meant for scripts), so a browser must not be able to change data
 * through it on behalf of another site, even when it holds credentials it would send along. Browsers say where a
 * request comes from ({@code Sec-Fetch-Site}, {@code Origin}); API clients send neither. A state-changing request
 * that a browser marks as coming from another site is refused with 403 before it is authenticated.
 */
class CrossSiteApiFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            ProblemResponses.crossSite().handle(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            int port = from.getPort() >= 0 ? from.getPort() : "https".equals(from.getScheme()) ? 443 : 80;
            return from.getHost() == null
                    || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || port != request.getServerPort();
        } catch (IllegalArgumentException unparseable) {
            return true;
        }
    }
}
