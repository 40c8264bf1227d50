package org.deban.catalogue.offer;

/** What a person can do there: 参加 / ボランティア役割 / 就労体験 / 会場提供. */
public enum OfferType {
    PARTICIPATION,
    VOLUNTEER_ROLE,
    WORK_EXPERIENCE,
    VENUE
}
