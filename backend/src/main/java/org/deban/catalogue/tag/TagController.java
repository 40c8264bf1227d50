package org.deban.catalogue.tag;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.net.URI;
import org.deban.accounts.Caller;
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

    /** Administrators grow the vocabulary: a new term for places and offers to carry. */
    @Post
    @Secured("ADMIN")
    HttpResponse<TagResponse> create(HttpRequest<?> request, Authentication authentication, @Body TagRequest body) {
        TagResponse created =
                service.create(body, Caller.of(authentication, request).actor());
        return HttpResponse.created(created, URI.create("/api/v1/tags/" + created.code()));
    }

    /** New labels, category or synonyms for a term; its code, which records carry, stays. */
    @Put("/{code}")
    @Secured("ADMIN")
    TagResponse update(HttpRequest<?> request, Authentication authentication, String code, @Body TagRequest body) {
        return service.update(code, body, Caller.of(authentication, request).actor());
    }
}
