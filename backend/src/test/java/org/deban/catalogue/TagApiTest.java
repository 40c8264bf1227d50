package org.deban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;

/** Administrators add to the tag vocabulary and reword its terms; the code that records carry never changes. */
@MicronautTest(transactional = false)
class TagApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    static String newCode() {
        return "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    static Map<String, Object> tag(String code, String labelJa) {
        return Map.of(
                "code",
                code,
                "category",
                "ATMOSPHERE",
                "labelJa",
                labelJa,
                "labelEn",
                "Quiet",
                "synonyms",
                List.of("しずか", " 静か "));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAddedTermIsListedAndCanBeReworded() {
        ApiClient admin = new ApiClient(http);
        String code = newCode();
        Map<String, Object> created = admin.ok(admin.post("/api/v1/tags", tag(code, "静かに過ごせる")));
        assertThat(created).containsEntry("code", code).containsEntry("synonyms", List.of("しずか", "静か"));

        Map<String, Object> changed = admin.ok(admin.put(
                "/api/v1/tags/" + code,
                Map.of("code", "IGNORED", "category", "ACCESS", "labelJa", "静かな部屋あり", "labelEn", "Quiet room")));
        assertThat(changed)
                .containsEntry("code", code)
                .containsEntry("labelJa", "静かな部屋あり")
                .containsEntry("category", "ACCESS")
                .containsEntry("synonyms", List.of());

        List<Map<String, Object>> all = (List<Map<String, Object>>)
                admin.ok(admin.get("/api/v1/tags?size=1000")).get("items");
        assertThat(all)
                .filteredOn(t -> code.equals(t.get("code")))
                .singleElement()
                .satisfies(t -> assertThat(t).containsEntry("labelEn", "Quiet room"));
    }

    @Test
    void aTakenCodeABadCodeAndAMissingLabelAreFieldErrors() {
        ApiClient admin = new ApiClient(http);
        String code = newCode();
        admin.ok(admin.post("/api/v1/tags", tag(code, "一つ目")));

        var taken = admin.post("/api/v1/tags", tag(code, "二つ目"));
        assertThat(taken.code()).isEqualTo(400);
        assertThat(body(taken).toString()).contains("code");

        var bad = admin.post("/api/v1/tags", tag("quiet place", "小文字"));
        assertThat(bad.code()).isEqualTo(400);
        assertThat(body(bad).toString()).contains("code");

        var unlabelled =
                admin.put("/api/v1/tags/" + code, Map.of("category", "ATMOSPHERE", "labelJa", " ", "labelEn", "x"));
        assertThat(unlabelled.code()).isEqualTo(400);
        assertThat(body(unlabelled).toString()).contains("labelJa");

        assertThat(admin.put("/api/v1/tags/NO_SUCH_" + code, tag(code, "ない")).code())
                .isEqualTo(404);
    }
}
