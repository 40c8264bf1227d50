package org.deban.catalogue.tag;

/** Groups the vocabulary for facets: how it feels there, how to get in, who it suits. */
public enum TagCategory {
    ATMOSPHERE,
    ACCESS,
    AUDIENCE
}
