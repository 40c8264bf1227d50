package org.deban.schedule;

import java.time.LocalDate;

/** Tells which dates are national holidays (祝日), for "祝日休み" schedules. */
public interface HolidayCalendar {
    boolean isHoliday(LocalDate date);
}
