package org.deban.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.common.AuditLog;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/** Teams of CSWs (社協の地区担当, 地域包括, 自立相談 …): administrators create them, CSWs see their names. */
@Tag(name = "teams")
@Controller("/api/v1/teams")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {
    static final Set<String> KINDS = Set.of("DISTRICT", "COMPREHENSIVE_SUPPORT", "SELF_RELIANCE", "OTHER");

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    TeamController(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Serdeable
    record Team(long id, String name, String kind) {}

    @Serdeable
    record TeamRequest(@Nullable String name, @Nullable String kind) {}

    @Get
    @Secured({"ADMIN", "CSW"})
    @Transactional(readOnly = true)
    PageResponse<Team> list(@Valid @RequestBean PageRequest paging) {
        List<Team> teams = jdbc.prepareStatement("SELECT id, name, kind FROM team ORDER BY id", s -> {
            List<Team> all = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) all.add(new Team(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return all;
        });
        return PageResponse.slice(teams, paging);
    }

    @Post
    @Secured("ADMIN")
    @Transactional
    HttpResponse<Team> create(HttpRequest<?> request, Authentication authentication, @Body TeamRequest body) {
        List<FieldError> errors = new ArrayList<>();
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 200) errors.add(new FieldError("name", "OUT_OF_RANGE", "チーム名は1〜200文字です"));
        if (body.kind() == null || !KINDS.contains(body.kind())) {
            errors.add(new FieldError(
                    "kind",
                    "INVALID_VALUE",
                    "種類は " + String.join(", ", KINDS.stream().sorted().toList()) + " のどれかです"));
        }
        if (errors.isEmpty()) {
            boolean taken = jdbc.prepareStatement("SELECT 1 FROM team WHERE name = ?", s -> {
                s.setString(1, name);
                try (var rs = s.executeQuery()) {
                    return rs.next();
                }
            });
            if (taken) errors.add(new FieldError("name", "DUPLICATE", "同じ名前のチームがあります"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long id = jdbc.prepareStatement("INSERT INTO team (name, kind) VALUES (?, ?) RETURNING id", s -> {
            s.setString(1, name);
            s.setString(2, body.kind());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        audit.record(
                Caller.of(authentication, SessionController.remoteAddress(request))
                        .actor(),
                "TEAM_CREATED",
                "TEAM",
                Long.toString(id),
                Map.of("name", name, "kind", body.kind()));
        return HttpResponse.created(new Team(id, name, body.kind()), URI.create("/api/v1/teams/" + id));
    }
}
