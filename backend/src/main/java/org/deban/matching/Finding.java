package org.deban.matching;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A reason for a proposal ({@code AVAILABILITY_FIT}, {@code STRENGTH_MATCH} …) or a constraint that excludes an
 * offer ({@code AVAILABILITY}, {@code REACH} …): its code, its parameters (the offer's time window, the age limit,
 * the tag) and a Japanese text naming them.
 */
@Serdeable
public record Finding(
        @Schema(
                description = "a reason code (proposals) or a constraint code (why-not, relaxations)",
                allowableValues = {
                    "AVAILABILITY_FIT", "STRENGTH_MATCH", "NEARBY", "REMOTE", "TAG_MATCH", "ROLE_LEVEL",
                    "TRIAL_POSSIBLE", "WANT_FIT", "AVAILABILITY", "REACH", "AGE", "TARGET_GROUP",
                    "ACCESSIBILITY", "STATUS", "CAPACITY", "CROWD", "MODE"
                })
        String code,

        Map<String, Object> params,
        String text) {}
