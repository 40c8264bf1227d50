package org.deban.matching;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.deban.accounts.Caller;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.ValidationException;
import org.deban.people.PersonRequest;
import org.deban.people.PersonService;
import org.deban.people.Profile;
import org.jspecify.annotations.Nullable;

/**
 * Person → offers, for CSWs: a stored person (their read is audited) or a profile typed in during a conversation
 * (nothing is stored unless the CSW saves it).
 */
@Tag(name = "matches")
@Secured("CSW")
@Controller("/api/v1/matches")
@ExecuteOn(TaskExecutors.BLOCKING)
class MatchController {
    private final MatchService matches;
    private final PersonService persons;

    MatchController(MatchService matches, PersonService persons) {
        this.matches = matches;
        this.persons = persons;
    }

    /** Either {@code personId} or {@code profile} (the fields of a person record). */
    @Serdeable
    record MatchRequest(@Nullable Long personId, @Nullable PersonRequest profile) {}

    @Serdeable
    record WhyNotRequest(
            @Nullable Long personId,
            @Nullable PersonRequest profile,
            @Nullable Long offerId) {}

    @Post
    MatchResult match(
            HttpRequest<?> request,
            Authentication auth,
            @Body MatchRequest body,
            @Valid @RequestBean PageRequest paging) {
        return matches.match(profile(body.personId(), body.profile(), Caller.of(auth, request)), paging);
    }

    @Post("/why-not")
    WhyNot whyNot(HttpRequest<?> request, Authentication auth, @Body WhyNotRequest body) {
        if (body.offerId() == null) {
            throw new ValidationException(List.of(new FieldError("offerId", "REQUIRED", "理由を知りたい活動を指定してください")));
        }
        return matches.whyNot(profile(body.personId(), body.profile(), Caller.of(auth, request)), body.offerId());
    }

    private Profile profile(@Nullable Long personId, @Nullable PersonRequest unsaved, Caller csw) {
        if ((personId == null) == (unsaved == null)) {
            throw new ValidationException(List.of(
                    new FieldError("personId", "REQUIRED", "登録済みの本人（personId）か、入力中のプロフィール（profile）のどちらかを指定します")));
        }
        return personId != null ? persons.profile(personId, csw) : persons.unsavedProfile(unsaved);
    }
}
