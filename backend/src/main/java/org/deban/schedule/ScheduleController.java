package org.deban.schedule;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.deban.common.FieldError;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What a schedule will look like before it is saved: the sentence residents will read and the next dates, for the
 * organisation portal's editor. Nothing is stored.
 */
@Tag(name = "schedules")
@Controller("/api/v1/schedules")
@Secured({"ADMIN", "ORG_MEMBER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ScheduleController {
    /** As many dates as the editor shows under the sentence. */
    static final int PREVIEW_DATES = 10;

    private final ScheduleService schedules;

    ScheduleController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    /** The schedule as an offer would carry it, and the offer's typical headcount (for 混雑). */
    @Serdeable
    record PreviewRequest(
            @Nullable @Valid Schedule schedule,
            @Nullable @PositiveOrZero Integer typicalHeadcount) {}

    /**
     * @param text  the whole schedule in one sentence, as on the offer's page
     * @param lines the same, one statement a line
     */
    @Serdeable
    record PreviewResponse(String text, List<String> lines, List<Occurrence> nextOccurrences) {}

    /** Validated as an offer's schedule is: the same field errors ({@code schedule.rules[0].end} …) as saving. */
    @Post("/preview")
    PreviewResponse preview(@Valid @Body PreviewRequest request) {
        Schedule schedule = request.schedule() == null ? Schedule.EMPTY : request.schedule();
        List<FieldError> errors = schedules.validate(schedule);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new PreviewResponse(
                schedules.describe(schedule),
                ScheduleText.lines(schedule, schedules.today()),
                schedules.next(schedule, request.typicalHeadcount(), PREVIEW_DATES));
    }
}
