package org.deban.matching.venue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.deban.accounts.Caller;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;

/**
 * Venue requests (会場探し): a group looking for a room, registered by a CSW, an administrator or an organisation
 * member, and the 会場提供 offers that fit it. Organisation members see only their own organisation's requests.
 */
@Tag(name = "venue-requests")
@Secured({"CSW", "ORG_MEMBER", "ADMIN"})
@Controller("/api/v1/venue-requests")
@ExecuteOn(TaskExecutors.BLOCKING)
class VenueRequestController {
    private final VenueRequestService requests;

    VenueRequestController(VenueRequestService requests) {
        this.requests = requests;
    }

    @Post
    HttpResponse<VenueRequestView> create(HttpRequest<?> request, Authentication auth, @Body VenueRequestInput body) {
        VenueRequestView created = requests.create(body, Caller.of(auth, request));
        return HttpResponse.created(created, URI.create("/api/v1/venue-requests/" + created.id()));
    }

    @Get
    PageResponse<VenueRequestView> list(Authentication auth, @Valid @RequestBean PageRequest paging) {
        return requests.list(Caller.of(auth), paging);
    }

    @Get("/{id}")
    VenueRequestView get(Authentication auth, long id) {
        return requests.get(id, Caller.of(auth));
    }

    /** The venues that fit, best first, with their reasons; {@code excluded} says what keeps each other one out. */
    @Get("/{id}/matches")
    VenueMatchResult matches(Authentication auth, long id, @Valid @RequestBean PageRequest paging) {
        return requests.matches(id, Caller.of(auth), paging);
    }
}
