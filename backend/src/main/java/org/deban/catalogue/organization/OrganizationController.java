package org.deban.catalogue.organization;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

@Tag(name = "organizations")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/organizations")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationController {
    private final OrganizationService service;

    OrganizationController(OrganizationService service) {
        this.service = service;
    }

    @Get
    PageResponse<OrganizationResponse> list(
            @Valid @RequestBean PageRequest paging, @QueryValue @Nullable OrganizationKind kind) {
        return service.list(kind, paging.pageable());
    }

    @Get("/{id}")
    OrganizationResponse get(long id) {
        return service.get(id);
    }

    @Post
    @Secured("ADMIN")
    HttpResponse<OrganizationResponse> create(@Body OrganizationRequest request) {
        OrganizationResponse created = service.create(request);
        return HttpResponse.created(created, URI.create("/api/v1/organizations/" + created.id()));
    }

    @Put("/{id}")
    @Secured("ADMIN")
    OrganizationResponse update(long id, @Body OrganizationRequest request) {
        return service.update(id, request);
    }
}
