package org.deban.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a schedule as an RFC 5545 calendar that people can subscribe to or import ("カレンダーに追加").
 *
 * <p>Each rule becomes one recurring VEVENT (an RRULE keeps the file small and reads as a series in calendar apps),
 * bounded to the requested window because holidays and closures can only be listed as EXDATEs for dates we
 * compute; beyond the window a calendar would show closed days as open. The EXDATEs are exactly the dates the
 * RRULE yields but {@link ScheduleExpander} does not (holiday, closure, cancellation, another season, the same
 * window from an earlier rule), so the two never disagree. Event days are single VEVENTs; a cancelled one stays,
 * with STATUS:CANCELLED and the reason, for subscribers who already have it.
 *
 * <p>Times carry {@code TZID=Asia/Tokyo} with a VTIMEZONE block, which strict parsers require. No METHOD: this is
 * a plain calendar, not an iTIP message (METHOD:PUBLISH would make ORGANIZER mandatory under RFC 5546).
 */
public final class ICalendarExport {

    static final String PRODID = "-//Deban//Deban//JA";
    static final String TZID = "Asia/Tokyo";

    private static final ZoneId TOKYO = ZoneId.of(TZID);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String[] ICAL_DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final Clock clock;

    public ICalendarExport() {
        this(Clock.systemUTC());
    }

    /** With a fixed clock, for a reproducible DTSTAMP. */
    public ICalendarExport(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param uid      globally unique id of the offer's calendar, e.g. {@code offer-42@deban.example}; each VEVENT's
     *                 UID is derived from it
     * @param summary  what calendar apps show as the title, e.g. the offer's name
     * @param location the place's name and address; {@code null} to leave out
     * @param from     first day to cover, inclusive
     * @param to       last day to cover, inclusive
     */
    public String export(
            String uid,
            String summary,
            @Nullable String location,
            Schedule schedule,
            LocalDate from,
            LocalDate to,
            HolidayCalendar holidays) {
        Writer writer = new Writer(
                new ScheduleExpander(holidays),
                schedule,
                uid,
                summary,
                location,
                UTC.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        ContentLines out = new ContentLines()
                .add("BEGIN:VCALENDAR")
                .add("VERSION:2.0")
                .addText("PRODID", PRODID)
                .add("CALSCALE:GREGORIAN")
                .addText("X-WR-CALNAME", summary)
                .add("X-WR-TIMEZONE:" + TZID);
        timezone(out);
        LocalDate first = schedule.clampFrom(from);
        LocalDate last = schedule.clampTo(to);
        for (int i = 0; i < schedule.rules().size(); i++) {
            writer.recurring(out, "rule" + i, schedule.rules(), i, null, first, last);
        }
        for (int s = 0; s < schedule.seasons().size(); s++) {
            Season season = schedule.seasons().get(s);
            LocalDate seasonFirst = season.from().isAfter(first) ? season.from() : first;
            LocalDate seasonLast = season.to().isBefore(last) ? season.to() : last;
            for (int i = 0; i < season.rules().size(); i++) {
                writer.recurring(out, "season" + s + "-rule" + i, season.rules(), i, season, seasonFirst, seasonLast);
            }
        }
        // Event UIDs follow the date and time, not the list position, so that removing one event does not
        // make subscribed calendars rewrite the others.
        Set<String> eventIds = new HashSet<>();
        for (ScheduledEvent event : schedule.events()) {
            if (!event.date().isBefore(first) && !event.date().isAfter(last)) {
                String id = "event" + LOCAL.format(event.date().atTime(event.start()));
                for (int n = 2; !eventIds.add(id); n++) {
                    id = "event" + LOCAL.format(event.date().atTime(event.start())) + "." + n;
                }
                writer.event(out, id, event);
            }
        }
        return out.add("END:VCALENDAR").toString();
    }

    /** Japan has kept +09:00 without daylight saving since 1951, so one STANDARD block is the whole zone. */
    private static void timezone(ContentLines out) {
        out.add("BEGIN:VTIMEZONE")
                .add("TZID:" + TZID)
                .add("BEGIN:STANDARD")
                .add("DTSTART:19700101T000000")
                .add("TZOFFSETFROM:+0900")
                .add("TZOFFSETTO:+0900")
                .add("TZNAME:JST")
                .add("END:STANDARD")
                .add("END:VTIMEZONE");
    }

    /** The per-export state the VEVENT writers share. */
    private record Writer(
            ScheduleExpander expander,
            Schedule schedule,
            String uid,
            String summary,
            @Nullable String location,
            String stamp) {

        /** One VEVENT for rule {@code index} of {@code rules} between two dates; nothing if no date is kept. */
        void recurring(
                ContentLines out,
                String id,
                List<ScheduleRule> rules,
                int index,
                @Nullable Season season,
                LocalDate first,
                LocalDate last) {
            ScheduleRule rule = rules.get(index);
            List<LocalDate> kept = new ArrayList<>();
            List<LocalDate> excluded = new ArrayList<>();
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                if (rule.matches(date)) {
                    boolean keep = schedule.seasonOn(date) == season
                            && expander.opensOn(schedule, rules, index, date)
                            && ScheduleExpander.cancellationReason(schedule, date) == null;
                    (keep ? kept : excluded).add(date);
                }
            }
            if (kept.isEmpty()) {
                return;
            }
            LocalDate start = kept.get(0);
            LocalDate end = kept.get(kept.size() - 1);
            begin(out, id, start, rule.start(), rule.end());
            out.add("RRULE:" + rrule(rule, end));
            List<String> exdates = excluded.stream()
                    .filter(d -> d.isAfter(start) && d.isBefore(end))
                    .map(d -> LOCAL.format(d.atTime(rule.start())))
                    .toList();
            if (!exdates.isEmpty()) {
                out.add("EXDATE;TZID=" + TZID + ":" + String.join(",", exdates));
            }
            String title = season == null ? summary : summary + "（" + season.name() + "）";
            out.addText("SUMMARY", title);
            out.addText("DESCRIPTION", ScheduleText.describe(rule) + (schedule.closedOnHolidays() ? "（祝日は休み）" : ""));
            end(out);
        }

        void event(ContentLines out, String id, ScheduledEvent event) {
            String reason = ScheduleExpander.cancellationReason(schedule, event.date());
            begin(out, id, event.date(), event.start(), event.end());
            String title = event.title() == null || event.title().isBlank() ? summary : summary + "：" + event.title();
            out.addText("SUMMARY", reason == null ? title : "【中止】" + title);
            List<String> notes = new ArrayList<>();
            if (reason != null) {
                out.add("STATUS:CANCELLED");
                notes.add("中止：" + reason);
            }
            if (event.expectedHeadcount() != null) {
                notes.add("約" + event.expectedHeadcount() + "人");
            }
            if (!notes.isEmpty()) {
                out.addText("DESCRIPTION", String.join("\n", notes));
            }
            end(out);
        }

        private void begin(ContentLines out, String id, LocalDate date, LocalTime start, LocalTime end) {
            out.add("BEGIN:VEVENT")
                    .addText("UID", id + "-" + uid)
                    .add("DTSTAMP:" + stamp)
                    .add("DTSTART;TZID=" + TZID + ":" + LOCAL.format(date.atTime(start)))
                    .add("DTEND;TZID=" + TZID + ":" + LOCAL.format(date.atTime(end)));
        }

        private void end(ContentLines out) {
            if (location != null && !location.isBlank()) {
                out.addText("LOCATION", location);
            }
            out.add("END:VEVENT");
        }
    }

    /**
     * FREQ=WEEKLY;BYDAY=TU,TH or FREQ=MONTHLY;BYDAY=2WE,4WE,-1FR, with INTERVAL counted from DTSTART (a kept date,
     * so in an "on" week or month, as the anchor is) and UNTIL at the last kept start in UTC, as RFC 5545 requires
     * when DTSTART has a TZID.
     */
    static String rrule(ScheduleRule rule, LocalDate lastDate) {
        StringBuilder rrule = new StringBuilder("FREQ=").append(rule.frequency().name());
        rrule.append(";UNTIL=")
                .append(UTC.format(lastDate.atTime(rule.start()).atZone(TOKYO).withZoneSameInstant(ZoneOffset.UTC)));
        if (rule.interval() > 1) {
            rrule.append(";INTERVAL=").append(rule.interval());
        }
        String byDay = rule.frequency() == Frequency.WEEKLY
                ? rule.weekdays().stream()
                        .sorted()
                        .distinct()
                        .map(d -> ICAL_DAYS[d.ordinal()])
                        .collect(Collectors.joining(","))
                : rule.weeksOfMonth().stream()
                        .sorted()
                        .distinct()
                        .flatMap(w ->
                                rule.weekdays().stream().sorted().distinct().map(d -> w + ICAL_DAYS[d.ordinal()]))
                        .collect(Collectors.joining(","));
        rrule.append(";BYDAY=").append(byDay);
        if (rule.frequency() == Frequency.WEEKLY && rule.interval() > 1) {
            rrule.append(";WKST=MO");
        }
        return rrule.toString();
    }
}
