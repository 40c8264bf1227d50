package org.deban.common;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One rejected input field, as it travels in a problem+json {@code errors} array.
 *
 * @param field   the JSON path of the field, e.g. {@code location.lat} or {@code schedule.rules[0].end}
 * @param code    a stable upper-snake code every locale can word: {@code REQUIRED}, {@code OUT_OF_RANGE},
 *                {@code INVALID_FORMAT}, {@code INVALID_VALUE}, {@code NOT_FOUND}
 * @param message a Japanese explanation for people reading the raw response
 */
@Serdeable
public record FieldError(String field, String code, String message) {}
