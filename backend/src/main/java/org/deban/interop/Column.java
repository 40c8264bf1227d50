package org.deban.interop;

/** What a column of a list means to Deban, whatever the layout calls it. */
enum Column {
    NAME,
    NAME_KANA,
    KIND,
    ADDRESS,
    ADDRESS_DETAIL,
    LAT,
    LON,
    PHONE,
    URL,
    DESCRIPTION,
    NOTE,
    OFFER_TITLE,
    OFFER_TYPE,
    WEEKDAYS,
    FREQUENCY,
    START,
    END,
    CLOSED_ON_HOLIDAYS,
    SCHEDULE_NOTE,
    CONDITIONS,
    COST_YEN,
    COST_NOTE,
    MIN_AGE,
    CAPACITY
}
