package org.deban.catalogue.place;

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
import org.deban.accounts.Role;
import org.deban.common.ForbiddenException;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

@Tag(name = "places")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/places")
@ExecuteOn(TaskExecutors.BLOCKING)
class PlaceController {
    private final PlaceService service;

    PlaceController(PlaceService service) {
        this.service = service;
    }

    /**
     * Places by kind, status, organisation and area ({@code areaId}, any layer: a 地区 or a 町丁目);
     * {@code stale=true} lists only those not confirmed for the configured number of days.
     */
    @Get
    PageResponse<PlaceResponse> list(
            @Valid @RequestBean PageRequest paging,
            @QueryValue @Nullable PlaceKind kind,
            @QueryValue @Nullable PlaceStatus status,
            @QueryValue @Nullable Long organizationId,
            @QueryValue @Nullable Long areaId,
            @QueryValue @Nullable Boolean stale,
            @Nullable Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Long organization = organizationId;
        if (Boolean.TRUE.equals(stale) && !caller.isAdmin()) {
            // まだ正しいですか？ is asked of the organisation: its members see their own stale places.
            if (caller.role() != Role.ORG_MEMBER) {
                throw new ForbiddenException("確認待ちの一覧は管理者と団体の担当者だけが見られます");
            }
            if (organization != null) caller.requireCatalogueEditor(organization);
            organization = caller.organizationId();
        }
        return service.list(
                new PlaceService.Filter(
                        kind, status, organization, areaId, Boolean.TRUE.equals(stale), PlaceService.Viewer.of(caller)),
                paging.pageable());
    }

    @Get("/{id}")
    PlaceResponse get(long id, @Nullable Authentication authentication) {
        return service.get(id, PlaceService.Viewer.of(Caller.of(authentication)));
    }

    private long organizationOf(long place) {
        return service.ref(place)
                .orElseThrow(() -> new NotFoundException("place", place))
                .organizationId();
    }

    @Post
    @Secured({"ADMIN", "ORG_MEMBER"})
    HttpResponse<PlaceResponse> create(Authentication authentication, @Body PlaceRequest request) {
        if (request.organizationId() != null)
            Caller.of(authentication).requireCatalogueEditor(request.organizationId());
        PlaceResponse created = service.create(request);
        return HttpResponse.created(created, URI.create("/api/v1/places/" + created.id()));
    }

    @Put("/{id}")
    @Secured({"ADMIN", "ORG_MEMBER"})
    PlaceResponse update(Authentication authentication, long id, @Body PlaceRequest request) {
        Caller caller = Caller.of(authentication);
        caller.requireCatalogueEditor(organizationOf(id));
        if (request.organizationId() != null) caller.requireCatalogueEditor(request.organizationId());
        return service.update(id, request);
    }

    /** まだ正しいですか？ — confirms the place is still correct; nothing else changes. */
    @Post("/{id}/confirm")
    @Secured({"ADMIN", "ORG_MEMBER"})
    PlaceResponse confirm(Authentication authentication, long id) {
        Caller.of(authentication).requireCatalogueEditor(organizationOf(id));
        return service.confirm(id);
    }
}
