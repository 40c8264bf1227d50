package org.deban.catalogue.place;

import io.micronaut.serde.annotation.Serdeable;

/** What other features need to know of a place to show an offer: its name and whether it is active. */
@Serdeable
public record PlaceRef(long id, long organizationId, String name, PlaceStatus status) {}
