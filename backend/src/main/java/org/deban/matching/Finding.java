package org.deban.matching;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * A reason for a proposal ({@code AVAILABILITY_FIT}, {@code STRENGTH_MATCH} …) or a constraint that excludes an
 * offer ({@code AVAILABILITY}, {@code REACH} …): its code, its parameters (the offer's time window, the age limit,
 * the tag) and a Japanese text naming them.
 */
@Serdeable
public record Finding(String code, Map<String, Object> params, String text) {}
