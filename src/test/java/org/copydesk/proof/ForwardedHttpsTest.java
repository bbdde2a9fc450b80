package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.copydesk.test_support.CopydeskContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Copydesk behind a TLS-terminating proxy (the proxy on loopback sends {@code X-Forwarded-Proto: https}): the session
 * cookie is Secure, HttpOnly and SameSite, HSTS is sent, an idle session expires, and every page and API answer
 * carries the security headers.
 */
@CopydeskContext
class ForwardedHttpsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_http_only_and_same_site_and_hsts_is_sent() {
        var page = get("/login", true, null);

        String cookie =
                sessionCookie(page).orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly");
        assertThat(cookie).containsIgnoringCase("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void over_plain_http_without_a_proxy_the_cookie_is_not_marked_secure_and_no_hsts_is_sent() {
        var page = get("/login", false, null);

        assertThat(sessionCookie(page))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .doesNotContainIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_signed_in_session_ends_after_its_idle_timeout_and_then_leads_back_to_the_login() throws Exception {
        String session = signIn();
        assertThat(get("/", true, session).statusCode()).isEqualTo(200);
        var tomcatSession = manager().findSession(session);
        assertThat(tomcatSession.getMaxInactiveInterval())
                .as("configured idle timeout, seconds")
                .isEqualTo(30 * 60);

        tomcatSession.setMaxInactiveInterval(1);
        Thread.sleep(2_100);

        var afterExpiry = get("/", true, session);
        assertThat(afterExpiry.statusCode()).isEqualTo(302);
        assertThat(afterExpiry.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(manager().findSession(session)).isNull();
    }

    @Test
    void every_page_and_api_answer_carries_the_security_headers() {
        String editor = "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        List<String> pages = List.of("/login", "/", "/articles", "/no-such-page", "/actuator/health", "/v3/api-docs");
        List<String> api = List.of(
                "/api/v1/articles", "/api/v1/articles/987654321", "/api/v1/articles?status=nope", "/api/v1/tokens");
        for (boolean https : List.of(false, true)) {
            for (String path : pages) {
                var answer = get(path, https, null);
                checkHeaders(path + (https ? " (https)" : ""), answer, https);
                if (answer.statusCode() == 200
                        && answer.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("text/html")) {
                    assertThat(answer.headers().firstValue("Content-Security-Policy"))
                            .as("CSP on page %s", path)
                            .hasValueSatisfying(
                                    csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
                    assertThat(answer.headers().firstValue("Referrer-Policy"))
                            .as("Referrer-Policy on %s", path)
                            .isPresent();
                }
            }
            for (String path : api) {
                checkHeaders(path + " as editor", send(path, https, null, editor), https);
                checkHeaders(path + " without credentials", send(path, https, null, null), https);
            }
        }
    }

    private static void checkHeaders(String what, HttpResponse<String> answer, boolean https) {
        var headers = answer.headers();
        assertThat(headers.firstValue("X-Content-Type-Options"))
                .as("nosniff on %s", what)
                .hasValue("nosniff");
        boolean noFraming = headers.firstValue("X-Frame-Options")
                        .map("DENY"::equalsIgnoreCase)
                        .orElse(false)
                || headers.firstValue("Content-Security-Policy")
                        .map(csp -> csp.contains("frame-ancestors 'none'"))
                        .orElse(false);
        assertThat(noFraming).as("no framing of %s (%s)", what, headers.map()).isTrue();
        if (https) {
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("HSTS on %s", what)
                    .isPresent();
        }
        if (what.startsWith("/api/")) {
            assertThat(headers.firstValue("Cache-Control"))
                    .as("no caching of %s", what)
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }
    }

    /** Signs in through the login form as a browser behind the proxy would; returns the new session id. */
    private String signIn() {
        var page = get("/login", true, null);
        String session =
                sessionCookie(page).map(ForwardedHttpsTest::cookieValue).orElseThrow();
        Matcher token =
                Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"").matcher(page.body());
        String form = "username=editor&password=editor"
                + (token.find() ? "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) : "");
        var request = builder("/login", true, session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        var answer = send(request);
        assertThat(answer.statusCode())
                .as("sign-in answer %s", answer.headers().map())
                .isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return sessionCookie(answer).map(ForwardedHttpsTest::cookieValue).orElse(session);
    }

    private Manager manager() {
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    private static Optional<String> sessionCookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
    }

    private HttpResponse<String> get(String path, boolean https, @Nullable String session) {
        return send(builder(path, https, session).GET());
    }

    private HttpResponse<String> send(String path, boolean https, @Nullable String session, @Nullable String auth) {
        var builder = builder(path, https, session).GET();
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return send(builder);
    }

    private HttpRequest.Builder builder(String path, boolean https, @Nullable String session) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json");
        if (https) {
            builder.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
