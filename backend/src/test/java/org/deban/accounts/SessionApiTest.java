package org.deban.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.TestAccounts;
import org.deban.catalogue.Fixtures;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@MicronautTest(transactional = false)
class SessionApiTest {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aWrongPasswordIsAProblemThatDoesNotSayWhichPartWasWrong() {
        ApiClient anonymous = ApiClient.anonymous(http);
        HttpResponse<Map<String, Object>> wrongPassword =
                anonymous.post("/api/v1/session", Map.of("login", TestAccounts.ADMIN, "password", "not the password"));
        HttpResponse<Map<String, Object>> unknownLogin = anonymous.post(
                "/api/v1/session", Map.of("login", "nobody-" + UUID.randomUUID(), "password", "not the password"));

        assertThat(wrongPassword.code()).isEqualTo(401);
        assertThat(wrongPassword.getContentType()).map(MediaType::toString).hasValue("application/problem+json");
        assertThat(ApiClient.body(wrongPassword).get("detail"))
                .isEqualTo(ApiClient.body(unknownLogin).get("detail"));
        assertThat(wrongPassword.getCookie("JWT")).isEmpty();
    }

    @Test
    void aSessionIsAnHttpOnlyStrictCookieAndWritesNeedTheCsrfTokenToo() {
        HttpResponse<Map<String, Object>> signIn = ApiClient.anonymous(http)
                .post("/api/v1/session", Map.of("login", TestAccounts.ADMIN, "password", TestAccounts.PASSWORD));
        assertThat(signIn.code()).isEqualTo(200);
        assertThat(ApiClient.body(signIn)).containsEntry("role", "ADMIN").containsEntry("login", TestAccounts.ADMIN);
        List<String> setCookies = signIn.getHeaders().getAll("Set-Cookie");
        assertThat(setCookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JWT=")
                        .containsIgnoringCase("HttpOnly")
                        .contains("SameSite=Strict"));
        assertThat(setCookies)
                .anySatisfy(c -> assertThat(c).startsWith("deban-csrf=").doesNotContainIgnoringCase("HttpOnly"));
        Cookie jwt = signIn.getCookie("JWT").orElseThrow();
        Cookie csrf = signIn.getCookie("deban-csrf").orElseThrow();

        ApiClient raw = ApiClient.anonymous(http);
        assertThat(ApiClient.body(
                        raw.exchange(HttpRequest.GET("/api/v1/session").cookie(jwt))))
                .containsEntry("role", "ADMIN");

        // A page on another site can make the browser send the cookie, but cannot read the CSRF token.
        HttpResponse<Map<String, Object>> forged =
                raw.exchange(HttpRequest.POST("/api/v1/organizations", Fixtures.organization("偽の会"))
                        .cookie(jwt)
                        .cookie(csrf));
        assertThat(forged.code()).isEqualTo(403);
        assertThat(forged.getContentType()).map(MediaType::toString).hasValue("application/problem+json");

        HttpResponse<Map<String, Object>> real =
                raw.exchange(HttpRequest.POST("/api/v1/organizations", Fixtures.organization("本物の会"))
                        .cookie(jwt)
                        .cookie(csrf)
                        .header("X-CSRF-Token", csrf.getValue()));
        assertThat(real.code()).isEqualTo(201);
    }

    @Test
    void signingOutEndsTheSessionEvenForACopyOfItsCookie() {
        // Its own account: signing out ends every session of an account, and other tests use the administrator's.
        String login = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        admin.id(admin.post(
                "/api/v1/accounts",
                Map.of("login", login, "displayName", "退出 テスト", "role", "CSW", "password", "leaver password")));
        HttpResponse<Map<String, Object>> signIn = ApiClient.anonymous(http)
                .post("/api/v1/session", Map.of("login", login, "password", "leaver password"));
        Cookie jwt = signIn.getCookie("JWT").orElseThrow();
        Cookie csrf = signIn.getCookie("deban-csrf").orElseThrow();
        ApiClient raw = ApiClient.anonymous(http);
        assertThat(raw.exchange(HttpRequest.GET("/api/v1/session").cookie(jwt)).code())
                .isEqualTo(200);

        HttpResponse<Map<String, Object>> signOut = raw.exchange(
                HttpRequest.DELETE("/api/v1/session").cookie(jwt).cookie(csrf).header("X-CSRF-Token", csrf.getValue()));
        assertThat(signOut.code()).isEqualTo(204);
        assertThat(signOut.getHeaders().getAll("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JWT=;").contains("Max-Age=0"));
        assertThat(raw.exchange(HttpRequest.GET("/api/v1/session").cookie(jwt)).code())
                .as("a copy of the signed-out cookie is worthless")
                .isEqualTo(401);
    }

    @Test
    void anonymousWritesAreRefusedWith401Problems() {
        HttpResponse<Map<String, Object>> response =
                ApiClient.anonymous(http).post("/api/v1/organizations", Fixtures.organization("名無しの会"));
        assertThat(response.code()).isEqualTo(401);
        assertThat(response.getBody(MAP)).isPresent();
    }

    @Test
    void passwordsNeverReachTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        String password = "log-probe-" + UUID.randomUUID();
        try {
            ApiClient.anonymous(http)
                    .post("/api/v1/session", Map.of("login", TestAccounts.ADMIN, "password", password));
            ApiClient.anonymous(http).post("/api/v1/session", Map.of("login", password, "password", password));
        } finally {
            root.detachAppender(captured);
        }
        assertThat(captured.list)
                .noneSatisfy(e -> assertThat(e.getFormattedMessage() + e.getThrowableProxy())
                        .contains(password));
    }
}
