package org.deban.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.TestAccounts;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AuditApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void administratorsFindFailedSignInsByActionAndLoginAndExportThemSafely() {
        String probe = "=hyperlink(\"x\"," + UUID.randomUUID().toString().substring(0, 8) + ")";
        ApiClient.anonymous(http).post("/api/v1/session", Map.of("login", probe, "password", "whatever"));
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);

        Map<String, Object> page = admin.ok(admin.get("/api/v1/audit?action=SIGN_IN_FAILED&size=1000"));
        List<Map<String, Object>> events = (List<Map<String, Object>>) page.get("items");
        assertThat(events).allSatisfy(e -> assertThat(e).containsEntry("action", "SIGN_IN_FAILED"));
        Map<String, Object> mine = events.stream()
                .filter(e -> probe.equals(e.get("actorLogin")))
                .findFirst()
                .orElseThrow();
        assertThat((String) mine.get("detail")).contains("UNKNOWN_LOGIN");
        assertThat(mine.get("remoteAddress")).isNotNull();
        assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(events.size());
        assertThat(admin.ok(admin.get("/api/v1/audit?action=SIGN_IN_FAILED&from="
                                + URLEncoder.encode("2999-01-01T00:00:00Z", StandardCharsets.UTF_8)))
                        .get("total"))
                .isEqualTo(0);

        HttpResponse<String> csv = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/v1/audit.csv?action=SIGN_IN_FAILED")
                                .cookie(io.micronaut.http.cookie.Cookie.of("JWT", jwt())),
                        String.class);
        String body = csv.body();
        assertThat(csv.getHeaders().get("Content-Type")).startsWith("text/csv");
        assertThat(body).startsWith("\uFEFFid,at,actor_id,actor_login,action");
        // A login typed as a formula is exported as text, quoted because of its comma.
        assertThat(body).contains("\"'" + probe.replace("\"", "\"\"") + "\"");
    }

    private String jwt() {
        HttpResponse<Map<String, Object>> signIn = ApiClient.anonymous(http)
                .post("/api/v1/session", Map.of("login", TestAccounts.ADMIN, "password", TestAccounts.PASSWORD));
        return signIn.getCookie("JWT").orElseThrow().getValue();
    }
}
