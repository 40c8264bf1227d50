package org.deban.catalogue.offer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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
import java.time.LocalDate;
import org.deban.accounts.Caller;
import org.deban.catalogue.place.PlaceService;
import org.deban.catalogue.place.PlaceStatus;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.schedule.Occurrence;
import org.jspecify.annotations.Nullable;

@Tag(name = "offers")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/offers")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferController {
    private final OfferService service;
    private final PlaceService places;

    OfferController(OfferService service, PlaceService places) {
        this.places = places;
        this.service = service;
    }

    @Get
    PageResponse<OfferResponse> list(
            @Valid @RequestBean PageRequest paging,
            @QueryValue @Nullable OfferType type,
            @QueryValue @Nullable OfferMode mode,
            @QueryValue @Nullable Long placeId,
            @QueryValue @Nullable Long organizationId,
            @QueryValue @Nullable PlaceStatus placeStatus,
            @QueryValue @Nullable Long areaId,
            @Nullable Authentication authentication) {
        return service.list(
                new OfferService.Filter(
                        type, mode, placeId, organizationId, placeStatus, areaId, viewer(authentication)),
                paging.pageable());
    }

    @Get("/{id}")
    OfferResponse get(long id, @Nullable Authentication authentication) {
        return service.get(id, viewer(authentication));
    }

    private static PlaceService.Viewer viewer(@Nullable Authentication authentication) {
        return PlaceService.Viewer.of(Caller.of(authentication));
    }

    /**
     * The offer's dates between {@code from} and {@code to} (inclusive; default: the coming 8 weeks),
     * cancelled ones included with the reason residents read.
     */
    @Get("/{id}/occurrences")
    PageResponse<Occurrence> occurrences(
            long id,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(service.occurrences(id, from, to), paging);
    }

    /** iCalendar (RFC 5545) with RRULE and EXDATE, for calendar apps. */
    @Get("/{id}.ics")
    @Produces("text/calendar;charset=utf-8")
    HttpResponse<String> icalendar(long id) {
        return HttpResponse.ok(service.icalendar(id))
                .header("Content-Disposition", "inline; filename=\"offer-" + id + ".ics\"");
    }

    @Post
    @Secured({"ADMIN", "ORG_MEMBER"})
    HttpResponse<OfferResponse> create(Authentication authentication, @Body OfferRequest request) {
        if (request.placeId() != null) requireEditorOfPlace(authentication, request.placeId());
        OfferResponse created = service.create(request);
        return HttpResponse.created(created, URI.create("/api/v1/offers/" + created.id()));
    }

    @Put("/{id}")
    @Secured({"ADMIN", "ORG_MEMBER"})
    OfferResponse update(Authentication authentication, long id, @Body OfferRequest request) {
        requireEditorOfPlace(authentication, service.placeOf(id));
        if (request.placeId() != null) requireEditorOfPlace(authentication, request.placeId());
        return service.update(id, request);
    }

    /** An offer belongs to its place's organisation. A place that does not exist is the service's 404 or 400. */
    private void requireEditorOfPlace(Authentication authentication, long placeId) {
        places.ref(placeId)
                .ifPresent(place -> Caller.of(authentication).requireCatalogueEditor(place.organizationId()));
    }
}
