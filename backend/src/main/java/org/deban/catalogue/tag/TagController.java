package org.deban.catalogue.tag;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;

@io.swagger.v3.oas.annotations.tags.Tag(name = "tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
class TagController {
    private final TagService service;

    TagController(TagService service) {
        this.service = service;
    }

    @Get
    PageResponse<TagResponse> list(@Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(service.all(), paging);
    }
}
