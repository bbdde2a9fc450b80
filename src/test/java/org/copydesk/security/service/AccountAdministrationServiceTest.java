package org.copydesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.copydesk.security.Role;
import org.copydesk.test_support.Api;
import org.copydesk.test_support.AsUser;
import org.copydesk.test_support.CopydeskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

@CopydeskContext
class AccountAdministrationServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministrationService accounts;

    @Autowired
    ApiTokenService tokens;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void an_admin_creates_an_account_with_a_temporary_password_that_must_be_changed() {
        String name = "new" + System.nanoTime();
        var created = (AccountResult.Done) admin(() -> accounts.create(name, "New Person", Set.of(Role.EDITOR)));

        assertThat(created.temporaryPassword()).hasSize(14);
        assertThat(created.account().mustChangePassword()).isTrue();
        assertThat(api.get("/api/v1/articles?size=1", basicAuth(name, created.temporaryPassword()))
                        .status())
                .isEqualTo(200);
        assertThat(AsUser.call(name, () -> accounts.mustChangePassword(), Role.EDITOR))
                .isTrue();

        var changed = AsUser.call(
                name, () -> accounts.changeOwnPassword(created.temporaryPassword(), "a-better-secret"), Role.EDITOR);
        assertThat(changed).isInstanceOf(AccountResult.Done.class);
        assertThat(AsUser.call(name, () -> accounts.mustChangePassword(), Role.EDITOR))
                .isFalse();
        assertThat(api.get("/api/v1/articles?size=1", basicAuth(name, "a-better-secret"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_disabled_account_cannot_sign_in_or_use_its_tokens() {
        String name = "leaver" + System.nanoTime();
        var created = (AccountResult.Done) admin(() -> accounts.create(name, "Leaver", Set.of(Role.EDITOR)));
        var token = AsUser.call(
                name,
                () -> ((org.copydesk.security.service.CreateTokenResult.Created) tokens.create("script", null)).token(),
                Role.EDITOR);
        assertThat(api.get("/api/v1/articles?size=1", Api.bearer(token.token())).status())
                .isEqualTo(200);

        admin(() -> accounts.setEnabled(created.account().id(), false));

        assertThat(api.get("/api/v1/articles?size=1", basicAuth(name, created.temporaryPassword()))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/articles?size=1", Api.bearer(token.token())).status())
                .isEqualTo(401);
    }

    @Test
    void roles_change_and_a_password_reset_forces_a_new_password() {
        String name = "mover" + System.nanoTime();
        var created = (AccountResult.Done) admin(() -> accounts.create(name, "Mover", Set.of(Role.EDITOR)));
        long id = created.account().id();

        var reRoled = admin(() -> accounts.changeRoles(id, EnumSet.of(Role.REVIEWER)));
        assertThat(reRoled)
                .isInstanceOfSatisfying(
                        AccountResult.Done.class,
                        d -> assertThat(d.account().roles()).containsExactly(Role.REVIEWER));
        var reset = (AccountResult.Done) admin(() -> accounts.resetPassword(id));

        assertThat(reset.temporaryPassword()).isNotEqualTo(created.temporaryPassword());
        assertThat(api.get("/api/v1/articles?size=1", basicAuth(name, created.temporaryPassword()))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/review-queue", basicAuth(name, reset.temporaryPassword()))
                        .status())
                .isEqualTo(200);
        assertThat(reset.account().mustChangePassword()).isTrue();
    }

    @Test
    void the_last_admin_cannot_be_locked_out_and_bad_input_is_refused() {
        long adminId = admin(() -> accounts.list()).stream()
                .filter(a -> a.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(admin(() -> accounts.setEnabled(adminId, false))).isInstanceOf(AccountResult.Refused.class);
        assertThat(AsUser.call("someone-else", () -> accounts.changeRoles(adminId, Set.of(Role.EDITOR)), Role.ADMIN))
                .isInstanceOf(AccountResult.Refused.class);
        assertThat(admin(() -> accounts.create("editor", "Duplicate", Set.of(Role.EDITOR))))
                .isEqualTo(new AccountResult.Refused("The username editor is taken."));
        assertThat(admin(() -> accounts.create("Bad Name!", "x", Set.of(Role.EDITOR))))
                .isInstanceOf(AccountResult.Refused.class);
        assertThat(admin(() -> accounts.create("noroles" + System.nanoTime(), "x", Set.of())))
                .isInstanceOf(AccountResult.Refused.class);
        assertThat(AsUser.editor(() -> accounts.changeOwnPassword("wrong", "long-enough-1")))
                .isEqualTo(new AccountResult.Refused("The current password is not right."));
        assertThat(AsUser.editor(() -> accounts.changeOwnPassword("editor", "short")))
                .isInstanceOf(AccountResult.Refused.class);
    }

    @Test
    void only_admins_administer_accounts() {
        assertThatThrownBy(() -> AsUser.reviewer(() -> accounts.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.editor(() -> accounts.create("x1", "x", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T admin(java.util.function.Supplier<T> work) {
        return AsUser.call("admin", work, Role.ADMIN);
    }

    private static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
