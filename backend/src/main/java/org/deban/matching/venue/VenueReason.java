package org.deban.matching.venue;

/** Why a venue is proposed for a venue request: each reason stands for one part of the score. */
public enum VenueReason {
    /** 何人まで使える (room for the group). */
    CAPACITY_FIT,
    /** 台所あり. */
    KITCHEN,
    /** 1回いくら (or 無料). */
    FEE,
    /** 使いたい曜日・時間帯に使える. */
    AVAILABILITY_FIT,
    /** 同じ地区 (inside the request's area). */
    IN_AREA,
    /** 近い (straight-line km from the request's point). */
    NEARBY
}
