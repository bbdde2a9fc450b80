package org.copydesk.security.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.test_support.Api.bearer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.copydesk.security.Role;
import org.copydesk.security.SystemActor;
import org.copydesk.security.service.AccountService;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.Browser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** API tokens need a password to be made, may expire, record their use, and die with their account. */
@CopydeskContext
class ApiTokenAndAccountTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    Api api;
    String username;
    String password;

    @BeforeEach
    void aFreshAccount() {
        api = new Api(port);
        username = "temp-" + UUID.randomUUID().toString().substring(0, 8);
        password = "pw-" + UUID.randomUUID();
        accounts.createIfAbsent(username, username, password, Set.of(Role.EDITOR));
    }

    @Test
    void a_token_cannot_create_another_token_but_a_password_sign_in_can() {
        String token = createToken(null).json().get("token").asString();

        var minted = api.post("/api/v1/tokens", bearer(token), "application/json", json("{\"name\":\"second\"}"));

        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/tokens", bearer(token)).json().size()).isEqualTo(1);
    }

    @Test
    void a_token_stops_working_when_it_expires_and_records_its_last_use() throws Exception {
        Instant expiry = Instant.now().plusSeconds(2);
        var created = createToken(expiry);
        assertThat(created.status()).isEqualTo(201);
        assertThat(Instant.parse(created.json().get("expiresAt").asString())).isEqualTo(expiry);
        String token = created.json().get("token").asString();

        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(200);
        var listed = api.get("/api/v1/tokens", basic()).json().get(0);
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 200);
        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void a_call_does_not_wait_while_another_holds_the_token_row_to_record_its_use() throws Exception {
        String token = createToken(null).json().get("token").asString();
        long id = jdbc.queryForObject(
                "select t.id from api_tokens t join accounts a on a.id = t.account_id where a.username = ?",
                Long.class,
                username);
        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select id from api_tokens where id = ? for update")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            // the row is locked as a concurrent call recording the use would hold it: this call must not queue
            var call = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> api.get("/api/v1/articles", bearer(token)).status());
            assertThat(call.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            holder.rollback();
        }
        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tokens", basic())
                        .json()
                        .get(0)
                        .get("lastUsedAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void an_expiry_in_the_past_is_refused() {
        var created = createToken(Instant.now().minusSeconds(60));
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("detail").asString()).contains("expiresAt");
    }

    @Test
    void disabling_an_account_stops_its_tokens_its_password_and_its_session_at_once() {
        String token = createToken(null).json().get("token").asString();
        var browser = new Browser(port);
        assertThat(browser.signIn(username, password, true).statusCode()).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(200);

        assertThat(SystemActor.call(() -> accounts.disable(username))).isTrue();

        assertThat(api.get("/api/v1/articles", bearer(token)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/articles", basic()).status()).isEqualTo(401);
        assertThat(browser.get("/").statusCode()).as("the open session ends").isEqualTo(302);
        assertThat(new Browser(port).signIn(username, password, true).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
    }

    @Test
    void a_password_stored_as_a_plain_bcrypt_hash_still_signs_in_and_is_stored_again_with_its_prefix() {
        jdbc.update(
                "update accounts set password_hash = ? where username = ?",
                new BCryptPasswordEncoder().encode(password),
                username);

        assertThat(api.get("/api/v1/articles", basic()).status()).isEqualTo(200);

        assertThat(jdbc.queryForObject("select password_hash from accounts where username = ?", String.class, username))
                .startsWith("{bcrypt}$2");
    }

    private Api.Response createToken(Instant expiresAt) {
        String body = expiresAt == null
                ? "{\"name\":\"integration\"}"
                : "{\"name\":\"integration\",\"expiresAt\":\"" + expiresAt + "\"}";
        return api.post("/api/v1/tokens", basic(), "application/json", json(body));
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
