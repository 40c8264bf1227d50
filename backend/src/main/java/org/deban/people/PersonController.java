package org.deban.people;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import org.deban.people.CaseloadService.HandOverRequest;
import org.deban.people.CaseloadService.HandOverResult;
import org.deban.people.CaseloadService.ShareRequest;
import org.deban.people.CaseloadService.SupportReceivedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Person records, for the CSWs whose teams see them. Reads by anyone else reach the service so that the refusal is
 * audited; listing and creating are for CSWs only.
 */
@Tag(name = "persons")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/persons")
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonController {
    private final PersonService persons;
    private final CaseloadService caseloads;

    PersonController(PersonService persons, CaseloadService caseloads) {
        this.persons = persons;
        this.caseloads = caseloads;
    }

    @Get
    @Secured("CSW")
    PageResponse<PersonSummary> list(
            HttpRequest<?> request,
            Authentication auth,
            @QueryValue @Nullable Boolean mine,
            @Valid @RequestBean PageRequest paging) {
        return persons.list(Caller.of(auth, request), Boolean.TRUE.equals(mine), paging);
    }

    @Post
    @Secured("CSW")
    HttpResponse<PersonResponse> create(HttpRequest<?> request, Authentication auth, @Body PersonRequest body) {
        PersonResponse created = persons.create(body, Caller.of(auth, request));
        return HttpResponse.created(created, URI.create("/api/v1/persons/" + created.id()));
    }

    @Get("/{id}")
    PersonResponse get(HttpRequest<?> request, Authentication auth, long id) {
        return persons.get(id, Caller.of(auth, request));
    }

    @Put("/{id}")
    PersonResponse update(HttpRequest<?> request, Authentication auth, long id, @Body PersonRequest body) {
        return persons.update(id, body, Caller.of(auth, request));
    }

    /** Deletion on the person's request ({@code reason=PERSON_REQUEST}) or when support is no longer needed. */
    @Delete("/{id}")
    HttpResponse<Void> delete(HttpRequest<?> request, Authentication auth, long id, @QueryValue String reason) {
        persons.delete(id, reason, Caller.of(auth, request));
        return HttpResponse.noContent();
    }

    @Post("/{id}/shares")
    PersonResponse share(HttpRequest<?> request, Authentication auth, long id, @Body ShareRequest body) {
        return caseloads.share(id, body, Caller.of(auth, request));
    }

    @Delete("/{id}/shares/{teamId}")
    HttpResponse<Void> unshare(HttpRequest<?> request, Authentication auth, long id, long teamId) {
        caseloads.unshare(id, teamId, Caller.of(auth, request));
        return HttpResponse.noContent();
    }

    @Post("/{id}/support-received")
    HttpResponse<PersonResponse> supportReceived(
            HttpRequest<?> request, Authentication auth, long id, @Body SupportReceivedRequest body) {
        return HttpResponse.created(caseloads.addSupportReceived(id, body, Caller.of(auth, request)));
    }

    /** A CSW leaves: an administrator moves their caseload to another CSW of the same teams. */
    @Post("/hand-over")
    @Secured("ADMIN")
    HandOverResult handOver(HttpRequest<?> request, Authentication auth, @Body HandOverRequest body) {
        return caseloads.handOver(body, Caller.of(auth, request).actor());
    }
}
