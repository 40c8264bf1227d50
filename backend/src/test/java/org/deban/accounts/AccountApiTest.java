package org.deban.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.deban.ApiClient;
import org.deban.Sql;
import org.deban.TestAccounts;
import org.junit.jupiter.api.Test;

/** Administrators manage accounts and teams; every permission change is audited with its before and after. */
@MicronautTest(transactional = false)
class AccountApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void aCswJoinsATeamAndLaterLeavesTheServiceAndEachChangeIsAudited() {
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        long team = admin.id(admin.post(
                "/api/v1/teams", Map.of("name", "地域包括 北 " + UUID.randomUUID(), "kind", "COMPREHENSIVE_SUPPORT")));
        String login = "csw-" + UUID.randomUUID().toString().substring(0, 8);
        long account = admin.id(admin.post(
                "/api/v1/accounts",
                Map.of("login", login, "displayName", "相談員 四郎", "role", "CSW", "password", "csw password 4")));

        Map<String, Object> joined = admin.ok(admin.put(
                "/api/v1/accounts/" + account,
                Map.of("displayName", "相談員 四郎", "role", "CSW", "teamIds", List.of(team), "active", true)));
        assertThat((List<Number>) joined.get("teamIds"))
                .extracting(Number::longValue)
                .containsExactly(team);
        ApiClient csw = ApiClient.signedIn(http, login, "csw password 4");
        assertThat((List<Number>) csw.ok(csw.get("/api/v1/session")).get("teamIds"))
                .extracting(Number::longValue)
                .containsExactly(team);
        assertThat(csw.get("/api/v1/teams").code()).isEqualTo(200);

        admin.ok(admin.put(
                "/api/v1/accounts/" + account,
                Map.of("displayName", "相談員 四郎", "role", "CSW", "teamIds", List.of(), "active", false)));
        assertThat(ApiClient.anonymous(http)
                        .post("/api/v1/session", Map.of("login", login, "password", "csw password 4"))
                        .code())
                .as("an inactive account cannot sign in")
                .isEqualTo(401);
        assertThat(csw.get("/api/v1/teams").code())
                .as("nor use the session it had before")
                .isEqualTo(401);
        assertThat(new Sql(dataSource)
                        .column(
                                "SELECT detail->'after'->>'active' FROM audit_event"
                                        + " WHERE action = 'PERMISSIONS_CHANGED' AND target_id = ? ORDER BY id",
                                Long.toString(account)))
                .containsExactly("true", "false");

        Map<String, Object> listed = ((List<Map<String, Object>>)
                        admin.ok(admin.get("/api/v1/accounts?size=1000")).get("items"))
                .stream().filter(a -> login.equals(a.get("login"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("active", false).doesNotContainKey("passwordHash");
    }

    @Test
    void aResetPasswordMustBeChangedAndTheSessionSaysSo() {
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        String login = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        long account = admin.id(admin.post(
                "/api/v1/accounts",
                Map.of("login", login, "displayName", "忘れた 人", "role", "CSW", "password", "forgotten password")));
        String temporary = (String) admin.ok(admin.post("/api/v1/accounts/" + account + "/password-reset", Map.of()))
                .get("temporaryPassword");

        ApiClient person = ApiClient.signedIn(http, login, temporary);
        assertThat(person.ok(person.get("/api/v1/session"))).containsEntry("mustChangePassword", true);
        assertThat(person.post(
                                "/api/v1/session/password",
                                Map.of("currentPassword", temporary, "newPassword", "a password of my own"))
                        .code())
                .isEqualTo(204);
        assertThat(person.ok(person.get("/api/v1/session"))).containsEntry("mustChangePassword", false);
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministration() {
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        long self = ((Number) admin.ok(admin.get("/api/v1/session")).get("accountId")).longValue();
        assertThat(admin.put(
                                "/api/v1/accounts/" + self,
                                Map.of("displayName", "テスト管理者", "role", "CSW", "teamIds", List.of(), "active", true))
                        .code())
                .isEqualTo(400);
    }
}
