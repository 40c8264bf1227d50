package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;

/** The organisation portal's live preview: the sentence and the next dates of a schedule not yet saved. */
@MicronautTest(transactional = false)
@Property(name = "deban.clock.fixed", value = "2026-07-01T01:00:00Z")
class ScheduleApiPreviewTest {
    @Inject
    @Client("/")
    HttpClient http;

    /** S14's role: 毎月第1・第3土曜 11:00–14:00, 夏休み (7/20–8/31) は毎週土曜. */
    static Map<String, Object> s14Schedule() {
        return Map.of(
                "rules",
                List.of(Map.of(
                        "frequency", "MONTHLY",
                        "weekdays", List.of("SAT"),
                        "weeksOfMonth", List.of(1, 3),
                        "start", "11:00",
                        "end", "14:00")),
                "seasons",
                List.of(Map.of(
                        "name",
                        "夏休み",
                        "from",
                        "2026-07-20",
                        "to",
                        "2026-08-31",
                        "rules",
                        List.of(Map.of(
                                "frequency",
                                "WEEKLY",
                                "weekdays",
                                List.of("SAT"),
                                "start",
                                "11:00",
                                "end",
                                "14:00")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void S14_theOperatorReadsTheSentenceAndTheNextDatesBeforeSaving() {
        ApiClient admin = new ApiClient(http);
        Map<String, Object> preview =
                admin.ok(admin.post("/api/v1/schedules/preview", Map.of("schedule", s14Schedule())));

        assertThat(preview.get("text")).isEqualTo("毎月第1・第3土曜 11:00〜14:00。夏休み（7/20〜8/31）は毎週土曜 11:00〜14:00");
        assertThat((List<String>) preview.get("lines")).hasSize(2);
        assertThat((List<Map<String, Object>>) preview.get("nextOccurrences"))
                .extracting(o -> o.get("date"))
                .containsExactly(
                        "2026-07-04",
                        "2026-07-18",
                        "2026-07-25",
                        "2026-08-01",
                        "2026-08-08",
                        "2026-08-15",
                        "2026-08-22",
                        "2026-08-29",
                        "2026-09-05",
                        "2026-09-19");
    }

    @Test
    void anInvalidRuleIsAFieldErrorAsWhenSaving() {
        ApiClient admin = new ApiClient(http);
        var response = admin.post(
                "/api/v1/schedules/preview",
                Map.of(
                        "schedule",
                        Map.of(
                                "rules",
                                List.of(Map.of(
                                        "frequency",
                                        "WEEKLY",
                                        "weekdays",
                                        List.of("SAT"),
                                        "start",
                                        "14:00",
                                        "end",
                                        "11:00")))));
        assertThat(response.code()).isEqualTo(400);
        assertThat(body(response).toString()).contains("schedule.rules[0]");
    }
}
