package org.copydesk.security.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.basic;
import static org.copydesk.test_support.Articles.article;

import java.net.URI;
import java.net.http.HttpRequest;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Articles;
import org.copydesk.test_support.Browser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who can reach what: the API for scripts only, the UI with a session, neither for another site. */
@CopydeskContext
class AccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Browser browser;

    @BeforeEach
    void clients() {
        api = new Api(port);
        browser = new Browser(port);
    }

    @Test
    void an_api_401_never_asks_the_browser_for_a_password() {
        var anonymous = browser.get("/api/v1/articles");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate"))
                .isNotEmpty()
                .noneMatch(challenge -> challenge.regionMatches(true, 0, "Basic", 0, 5));
        var wrongPassword = api.get("/api/v1/articles", "Basic ZWRpdG9yOm5vcGU=");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_cross_site_form_with_cached_credentials_cannot_import_through_the_api() {
        Articles text = article("Cross-site").paragraphs(1);
        for (var headers : new String[][] {
            {"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"},
            {"Origin", "https://evil.example"},
            {"Sec-Fetch-Site", "same-site"},
            {"Origin", "null"}
        }) {
            var response = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/v1/articles"))
                    .header("Authorization", basic("editor"))
                    .header("Content-Type", "text/plain")
                    .headers(headers)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(text.bytes()))
                    .build());
            assertThat(response.statusCode()).as(String.join(" ", headers)).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(articlesTitled(text.title())).isZero();

        // The same request from a script (no Origin, no Sec-Fetch-Site) or from Copydesk's own pages still works.
        var sameOrigin = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/v1/articles"))
                .header("Authorization", basic("editor"))
                .header("Content-Type", "text/plain")
                .header("Origin", browser.base())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text.bytes()))
                .build());
        assertThat(sameOrigin.statusCode()).isEqualTo(201);
    }

    @Test
    void a_ui_session_cookie_does_not_authenticate_the_api() {
        var signedIn = browser.signIn("editor", "editor", true);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        Articles text = article("Session cookie").paragraphs(1);
        var viaCookie = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/v1/articles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text.bytes()))
                .build());
        assertThat(viaCookie.statusCode()).isEqualTo(401);
        assertThat(articlesTitled(text.title())).isZero();
    }

    @Test
    void the_login_form_needs_its_csrf_token() {
        var forged = browser.signIn("editor", "editor", false);
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith("/");
        assertThat(browser.get("/").headers().firstValue("Location").orElse(""))
                .as("still signed out")
                .endsWith("/login");

        var genuine = browser.signIn("editor", "editor", true);
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void ui_pages_carry_security_headers_and_the_session_cookie_is_same_site() {
        var page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(headers.map().toString())
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).isPresent();
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");

        var signedIn = browser.signIn("editor", "editor", true);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    private long articlesTitled(String title) {
        return jdbc.queryForObject("select count(*) from articles where title = ?", Long.class, title);
    }
}
