package org.deban.people;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * Where distances are measured from: an area (地区 or 町丁目, its representative point) or a point the CSW chose with
 * its label ("稲沢駅"). Never an address. {@code areaName} is filled in answers and ignored in requests.
 */
@Serdeable
public record Home(
        @Nullable Long areaId,
        @Nullable String areaName,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String label) {}
