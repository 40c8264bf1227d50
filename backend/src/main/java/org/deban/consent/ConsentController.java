package org.deban.consent;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.deban.accounts.Caller;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.consent.ConsentService.WithdrawalRequest;

/** Consents, for the CSWs whose teams see the person; anyone else is refused and the refusal audited. */
@Tag(name = "consents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/consents")
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsentController {
    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @Get
    PageResponse<ConsentView> list(
            HttpRequest<?> request,
            Authentication auth,
            @QueryValue long personId,
            @Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(consents.ofPerson(personId, Caller.of(auth, request)), paging);
    }

    @Post
    HttpResponse<ConsentView> create(HttpRequest<?> request, Authentication auth, @Body ConsentRequest body) {
        ConsentView created = consents.record(body, Caller.of(auth, request));
        return HttpResponse.created(created, URI.create("/api/v1/consents/" + created.id()));
    }

    @Get("/{id}")
    ConsentView get(HttpRequest<?> request, Authentication auth, long id) {
        return consents.get(id, Caller.of(auth, request));
    }

    @Post("/{id}/withdrawal")
    ConsentView withdraw(HttpRequest<?> request, Authentication auth, long id, @Body WithdrawalRequest body) {
        return consents.withdraw(id, body, Caller.of(auth, request));
    }
}
