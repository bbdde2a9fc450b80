package org.copydesk.security.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.copydesk.security.Role;
import org.copydesk.security.service.AccountService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Browser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing passwords is slow: after five failures an account is locked for a while, the right password included. */
@CopydeskContext
class SignInThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void after_five_wrong_basic_passwords_even_the_right_one_is_refused_with_retry_after() {
        String username = freshAccount("right password");
        var api = new Api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/articles", basic(username, "wrong " + i))
                            .status())
                    .isEqualTo(401);
        }

        var refused = api.get("/api/v1/articles", basic(username, "right password"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Too many failed sign-ins");
        var again = new Browser(port)
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                        .header("Authorization", basic(username.toUpperCase(), "right password"))
                        .build());
        assertThat(again.statusCode())
                .as("usernames are throttled whatever their case")
                .isEqualTo(429);
        assertThat(Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 300L);
    }

    @Test
    void after_five_wrong_form_sign_ins_the_login_page_says_how_long_to_wait() {
        String username = freshAccount("right password");
        var browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(username, "wrong " + i, true).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("error"));
        }

        var refused = browser.signIn(username, "right password", true);

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?throttled="));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.get("/").headers().firstValue("Location").orElse(""))
                .as("not signed in")
                .endsWith("/login");
    }

    private String freshAccount(String password) {
        String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, username, password, Set.of(Role.EDITOR));
        return username;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
