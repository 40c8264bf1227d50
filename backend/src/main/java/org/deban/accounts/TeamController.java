package org.deban.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

/** Teams of CSWs (社協の地区担当, 地域包括, 自立相談 …): administrators create them, CSWs see their names. */
@Tag(name = "teams")
@Controller("/api/v1/teams")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {
    private final JdbcOperations jdbc;
    private final AccountService accounts;

    TeamController(JdbcOperations jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Serdeable
    record Team(long id, String name, String kind, @Nullable Integer retentionMonths) {}

    @Serdeable
    record TeamRequest(@Nullable String name, @Nullable String kind) {}

    /** How many months after support ended the team's person records are kept; null keeps them until deleted. */
    @Serdeable
    record RetentionRequest(@Nullable Integer months) {}

    @Get
    @Secured({"ADMIN", "CSW"})
    @Transactional(readOnly = true)
    PageResponse<Team> list(@Valid @RequestBean PageRequest paging) {
        List<Team> teams = jdbc.prepareStatement("SELECT id, name, kind, retention_months FROM team ORDER BY id", s -> {
            List<Team> all = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    int months = rs.getInt(4);
                    all.add(new Team(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : months));
                }
            }
            return all;
        });
        return PageResponse.slice(teams, paging);
    }

    @Post
    @Secured("ADMIN")
    HttpResponse<Team> create(HttpRequest<?> request, Authentication authentication, @Body TeamRequest body) {
        long id = accounts.createTeam(
                body.name(), body.kind(), Caller.of(authentication, request).actor());
        return HttpResponse.created(
                new Team(id, body.name().strip(), body.kind(), null), URI.create("/api/v1/teams/" + id));
    }

    /** Sets the team's retention rule (audited). */
    @Put("/{id}/retention")
    @Secured("ADMIN")
    HttpResponse<Void> retention(
            HttpRequest<?> request, Authentication authentication, long id, @Body RetentionRequest body) {
        accounts.setRetention(
                id, body.months(), Caller.of(authentication, request).actor());
        return HttpResponse.noContent();
    }
}
