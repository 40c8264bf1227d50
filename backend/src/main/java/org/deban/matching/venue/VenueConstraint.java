package org.deban.matching.venue;

/**
 * What keeps a venue from a venue request, as the {@code constraints} of its why-not name it. Where a venue lies is
 * not among them: only venues in the request's area or radius are looked at.
 */
public enum VenueConstraint {
    /** 休止中 or 終了: paused places are never proposed. */
    STATUS,
    /** Room for fewer people than the group. */
    CAPACITY,
    /** No kitchen, and the group needs one. */
    KITCHEN,
    /** Costs more per use than the group's budget. */
    FEE,
    /** Not free, in the coming 8 weeks, for the whole of any of the group's time windows. */
    AVAILABILITY
}
