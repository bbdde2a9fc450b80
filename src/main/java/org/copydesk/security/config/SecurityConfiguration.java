package org.copydesk.security.config;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.copydesk.security.service.ApiTokenService;
import org.copydesk.security.service.SignInThrottle;
import org.copydesk.security.ui.LoginView;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains. {@code /api/**} is stateless (HTTP Basic or a bearer API token on every request, no session,
 * no CSRF token since no cookie authenticates it; browsers cannot change data through it for another site).
 * Everything else is the Vaadin UI with form login (CSRF token required), sessions and security headers.
 * Authorisation itself lives on the services ({@code @PreAuthorize}), so the UI and the API share one set of rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /**
     * Vaadin needs inline scripts and {@code eval} (its bootstrap and {@code executeJs}), inline styles and same-origin
     * XHR and WebSocket push; nothing else is loaded from anywhere, and no other site may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle)
            throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new CrossSiteApiFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, LOGIN_PATH), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(ProblemResponses.forbidden()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(
            HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle, SessionRegistry sessions)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/styles/**", "/images/**", "/error")
                        .permitAll());
        // Vaadin's own requests carry Vaadin's CSRF protection; the login form must carry Spring's token (Vaadin
        // would exempt it, letting another site sign a browser in as someone else). The form reads the token from
        // the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(
                new SignInThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> {
            // Written before the response starts: Vaadin's page responses do not pass the lazy on-commit writer.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frames -> frames.deny())
                    .contentTypeOptions(options -> {});
        });
        // Every session is registered, so disabling an account ends its open sessions at once.
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl(LOGIN_PATH));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /** Spring Security's delegating encoder: bcrypt for new hashes; hashes without an {id} prefix are bcrypt too. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not grow forever. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(
                request,
                response,
                400,
                "Bad request",
                "The request's address is not allowed (for example '//', ';' or an encoded '..' in the path).");
    }
}
