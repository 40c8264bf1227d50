package org.deban.catalogue.offer;

/** How physically demanding the role is (草刈り is HEAVY, 切手整理 LIGHT). */
public enum PhysicalLoad {
    LIGHT,
    MODERATE,
    HEAVY
}
