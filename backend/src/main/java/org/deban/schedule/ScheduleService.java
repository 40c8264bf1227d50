package org.deban.schedule;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Time;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.deban.common.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Schedules as the rest of the application uses them: validated, described in Japanese,
 * expanded with Japan's holidays and today's date from the one clock, and materialised into
 * the occurrence table for the coming weeks.
 */
@Singleton
public class ScheduleService {
    /** How far ahead an .ics feed reaches; calendar apps fetch it again long before then. */
    private static final int ICS_DAYS = 366;

    private final HolidayCalendar holidays = new JapaneseHolidays();
    private final ScheduleExpander expander = new ScheduleExpander(holidays);
    private final ICalendarExport ics;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final int crowdThreshold;
    private final int windowDays;

    ScheduleService(
            JdbcOperations jdbc,
            Clock clock,
            @Property(name = "deban.schedule.crowd-threshold") int crowdThreshold,
            @Property(name = "deban.schedule.window-days") int windowDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ics = new ICalendarExport(clock);
        this.crowdThreshold = crowdThreshold;
        this.windowDays = windowDays;
    }

    public List<FieldError> validate(Schedule schedule) {
        return ScheduleValidator.validate(schedule, "schedule");
    }

    public String describe(Schedule schedule) {
        return ScheduleText.describe(schedule, today());
    }

    /** The next {@code count} dates from today, cancelled ones included with their reason. */
    public List<Occurrence> next(Schedule schedule, @Nullable Integer typicalHeadcount, int count) {
        return expander.upcoming(schedule, today(), count, typicalHeadcount, crowdThreshold);
    }

    public List<Occurrence> between(
            Schedule schedule, @Nullable Integer typicalHeadcount, LocalDate from, LocalDate to) {
        return expander.expand(schedule, from, to, typicalHeadcount, crowdThreshold);
    }

    /** OSM opening_hours, where the rule can be said in it. */
    public Optional<String> openingHours(Schedule schedule) {
        return OpeningHoursExport.toOpeningHours(schedule);
    }

    /** An iCalendar feed (RRULE + EXDATE) from today for a year. */
    public String icalendar(String uid, String summary, @Nullable String location, Schedule schedule) {
        LocalDate from = today();
        return ics.export(uid, summary, location, schedule, from, from.plusDays(ICS_DAYS - 1L), holidays);
    }

    /** The last day of the materialised window that starts today. */
    public LocalDate windowEnd() {
        return today().plusDays(windowDays - 1L);
    }

    /** Replaces the offer's occurrences with those of the coming window, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void materialise(long offerId, Schedule schedule, @Nullable Integer typicalHeadcount) {
        LocalDate from = today();
        LocalDate to = windowEnd();
        jdbc.prepareStatement("DELETE FROM occurrence WHERE offer_id = ?", s -> {
            s.setLong(1, offerId);
            return s.executeUpdate();
        });
        List<Occurrence> occurrences = between(schedule, typicalHeadcount, from, to);
        jdbc.prepareStatement(
                "INSERT INTO occurrence (offer_id, date, start_time, end_time, kind, title, expected_headcount,"
                        + " crowded, cancelled, cancellation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                s -> {
                    for (Occurrence o : occurrences) {
                        bind(s, offerId, o);
                        s.addBatch();
                    }
                    return s.executeBatch();
                });
        jdbc.prepareStatement("UPDATE offer SET occurrences_until = ? WHERE id = ?", s -> {
            s.setDate(1, Date.valueOf(to));
            s.setLong(2, offerId);
            return s.executeUpdate();
        });
    }

    private static void bind(PreparedStatement s, long offerId, Occurrence o) throws java.sql.SQLException {
        s.setLong(1, offerId);
        s.setDate(2, Date.valueOf(o.date()));
        s.setTime(3, Time.valueOf(o.start()));
        s.setTime(4, Time.valueOf(o.end()));
        s.setString(5, o.kind().name());
        s.setString(6, o.title());
        if (o.expectedHeadcount() == null) s.setNull(7, Types.INTEGER);
        else s.setInt(7, o.expectedHeadcount());
        s.setBoolean(8, o.crowded());
        s.setBoolean(9, o.cancelled());
        s.setString(10, o.cancellationReason());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
