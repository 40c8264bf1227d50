package org.deban.catalogue.offer;

/** Who an offer is meant for; an empty list means anyone. */
public enum TargetGroup {
    ANYONE,
    CHILDREN,
    PARENTS,
    YOUTH,
    ELDERLY,
    DISABLED,
    CARERS,
    MEN,
    WOMEN
}
