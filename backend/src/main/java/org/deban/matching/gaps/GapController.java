package org.deban.matching.gaps;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.deban.accounts.Caller;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.ValidationException;
import org.deban.people.PersonRequest;
import org.deban.people.PersonService;
import org.jspecify.annotations.Nullable;

/**
 * Unmet needs: a CSW records one when a match comes back empty or thin; CSWs and administrators read them per area
 * and period, and the gap map beside what is on offer. No identity is kept or shown.
 */
@Tag(name = "gaps")
@Secured({"CSW", "ADMIN"})
@Controller("/api/v1/gaps")
@ExecuteOn(TaskExecutors.BLOCKING)
class GapController {
    private final GapService gaps;
    private final GapReports reports;
    private final PersonService persons;
    private final Clock clock;

    GapController(GapService gaps, GapReports reports, PersonService persons, Clock clock) {
        this.gaps = gaps;
        this.reports = reports;
        this.persons = persons;
        this.clock = clock;
    }

    @Serdeable
    record GapRequest(@Nullable Long personId, @Nullable PersonRequest profile) {}

    /** Records the need of a stored person or of a profile typed in; once per person and need. */
    @Post
    @Secured("CSW")
    HttpResponse<GapService.Recorded> record(HttpRequest<?> request, Authentication auth, @Body GapRequest body) {
        Caller csw = Caller.of(auth, request);
        if ((body.personId() == null) == (body.profile() == null)) {
            throw new ValidationException(List.of(
                    new FieldError("personId", "REQUIRED", "登録済みの本人（personId）か、入力中のプロフィール（profile）のどちらかを指定します")));
        }
        var profile = body.personId() != null
                ? persons.profile(body.personId(), csw)
                : persons.unsavedProfile(body.profile());
        GapService.Recorded recorded = gaps.record(profile, csw);
        return recorded.recorded() ? HttpResponse.created(recorded) : HttpResponse.ok(recorded);
    }

    /** Needs per area of a layer, in a period (default: the last 3 months). */
    @Get
    PageResponse<GapReports.AreaNeeds> needs(
            @QueryValue @Nullable String layer,
            @QueryValue @Nullable String city,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(reports.needs(layer(layer), city, from(from), to(to)), paging);
    }

    /** Per area of a layer: active offers by type and by weekday × time of day, beside the needs of the period. */
    @Get("/map")
    PageResponse<GapReports.AreaGap> map(
            @QueryValue @Nullable String layer,
            @QueryValue @Nullable String city,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @Valid @RequestBean PageRequest paging) {
        LocalDate today = LocalDate.now(clock);
        return PageResponse.slice(
                reports.map(
                        layer(layer), city, from == null ? today.minusMonths(3) : from, to == null ? today : to, today),
                paging);
    }

    /** The period starts 3 months back unless given. */
    private LocalDate from(@Nullable LocalDate from) {
        return from == null ? LocalDate.now(clock).minusMonths(3) : from;
    }

    private LocalDate to(@Nullable LocalDate to) {
        return to == null ? LocalDate.now(clock) : to;
    }

    private static String layer(@Nullable String layer) {
        if (layer == null || layer.isBlank()) {
            throw new ValidationException(List.of(new FieldError("layer", "REQUIRED", "レイヤー（例: district）を指定してください")));
        }
        return layer;
    }
}
