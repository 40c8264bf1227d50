package org.deban.journey;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.deban.accounts.Caller;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.journey.ReferralRequests.AttendanceEntry;
import org.deban.journey.ReferralRequests.Create;
import org.deban.journey.ReferralRequests.FollowUpDone;
import org.deban.journey.ReferralRequests.Move;
import org.deban.journey.ReferralView.Attendance;
import org.jspecify.annotations.Nullable;

/**
 * The journey: CSWs create and move referrals; hosts read the ones to their own offers that the person consented to
 * and record attendance. Who may do what is decided per record by the service, which audits refusals.
 */
@Tag(name = "referrals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/referrals")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferralController {
    private final ReferralService referrals;
    private final SheetService sheets;

    ReferralController(ReferralService referrals, SheetService sheets) {
        this.referrals = referrals;
        this.sheets = sheets;
    }

    /** {@code attention=true}: only referrals with an alert (two missed sessions, a follow-up due). */
    @Get
    PageResponse<ReferralView> list(
            HttpRequest<?> request,
            Authentication auth,
            @QueryValue @Nullable Long personId,
            @QueryValue @Nullable Long offerId,
            @QueryValue @Nullable Boolean attention,
            @Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(
                referrals.list(Caller.of(auth, request), personId, offerId, Boolean.TRUE.equals(attention)), paging);
    }

    @Post
    @Secured("CSW")
    HttpResponse<ReferralView> create(HttpRequest<?> request, Authentication auth, @Body Create body) {
        ReferralView created = referrals.create(body, Caller.of(auth, request));
        return HttpResponse.created(created, URI.create("/api/v1/referrals/" + created.id()));
    }

    @Get("/{id}")
    ReferralView get(HttpRequest<?> request, Authentication auth, long id) {
        return referrals.get(id, Caller.of(auth, request));
    }

    @Post("/{id}/steps")
    ReferralView move(HttpRequest<?> request, Authentication auth, long id, @Body Move body) {
        return referrals.move(id, body, Caller.of(auth, request));
    }

    /** The sessions recorded, newest first. */
    @Get("/{id}/attendance")
    PageResponse<Attendance> attendance(
            HttpRequest<?> request, Authentication auth, long id, @Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(referrals.attendance(id, Caller.of(auth, request)), paging);
    }

    /** Records one session (again for the same date replaces it). */
    @Post("/{id}/attendance")
    Attendance recordAttendance(HttpRequest<?> request, Authentication auth, long id, @Body AttendanceEntry body) {
        return referrals.recordAttendance(id, body, Caller.of(auth, request));
    }

    /** Marks a follow-up ({@code TWO_WEEKS}, {@code ONE_MONTH}, {@code THREE_MONTHS}) as done. */
    @Put("/{id}/follow-ups/{kind}")
    ReferralView followUp(HttpRequest<?> request, Authentication auth, long id, String kind, @Body FollowUpDone body) {
        return referrals.completeFollowUp(id, kind, body, Caller.of(auth, request));
    }

    /** つなぐシート for the host: refused (409 consent-required) until the person consented to share with it. */
    @Get("/{id}/sheet")
    TsunaguSheet sheet(HttpRequest<?> request, Authentication auth, long id) {
        return sheets.sheet(id, Caller.of(auth, request));
    }
}
