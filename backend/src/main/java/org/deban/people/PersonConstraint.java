package org.deban.people;

import io.micronaut.serde.annotation.Serdeable;

/** A constraint and whether the CSW marks it as a must (physical constraints always are). */
@Serdeable
public record PersonConstraint(Limitation code, boolean must) {}
