package org.deban.matching;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.deban.accounts.Caller;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;

/** "Who among the people my teams support could fill this role?" — CSWs only. */
@Tag(name = "matches")
@Secured("CSW")
@Controller("/api/v1/offers/{id}/candidates")
@ExecuteOn(TaskExecutors.BLOCKING)
class CandidateController {
    private final CandidateService candidates;

    CandidateController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @Get
    PageResponse<PersonCandidate> candidates(
            HttpRequest<?> request, Authentication auth, long id, @Valid @RequestBean PageRequest paging) {
        return candidates.candidates(id, Caller.of(auth, request), paging);
    }
}
