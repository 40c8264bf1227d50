package org.deban.schedule;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A few real national holidays of 2026–27, so these tests do not depend on the holiday calculator. */
final class FakeHolidayCalendar implements HolidayCalendar {

    static final FakeHolidayCalendar JAPAN = new FakeHolidayCalendar(
            "2026-01-01",
            "2026-01-12",
            "2026-02-11",
            "2026-02-23",
            "2026-03-20",
            "2026-04-29",
            "2026-05-03",
            "2026-05-04",
            "2026-05-05",
            "2026-05-06",
            "2026-07-20",
            "2026-08-11",
            "2026-09-21",
            "2026-09-22",
            "2026-09-23",
            "2026-10-12",
            "2026-11-03",
            "2026-11-23",
            "2027-01-01",
            "2027-01-11");

    private final Set<LocalDate> holidays;

    FakeHolidayCalendar(String... dates) {
        this.holidays = Stream.of(dates).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }
}
