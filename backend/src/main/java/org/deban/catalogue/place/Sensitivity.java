package org.deban.catalogue.place;

/**
 * {@code AREA_ONLY}: a place for e.g. hikikomori or DV survivors, published only at area level —
 * never its point, its address or a distance to it.
 */
public enum Sensitivity {
    EXACT,
    AREA_ONLY
}
