package org.deban.catalogue.offer;

/** 現地 (on site) or 在宅・オンライン (remote: distance does not matter). */
public enum OfferMode {
    ON_SITE,
    REMOTE
}
