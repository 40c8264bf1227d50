package org.deban.matching;

/** The hard constraints, as why-not and "what relaxing would bring" name them. */
public enum Constraint {
    AVAILABILITY,
    REACH,
    AGE,
    TARGET_GROUP,
    ACCESSIBILITY,
    STATUS,
    CAPACITY,
    CROWD,
    MODE
}
