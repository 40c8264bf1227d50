package org.deban.areas;

import io.micronaut.serde.annotation.Serdeable;
import org.deban.catalogue.Location;
import org.deban.gis.address.GeocodeResult;
import org.deban.gis.address.MatchLevel;
import org.jspecify.annotations.Nullable;

/**
 * Where an address lies, at the level it could be matched: 町丁目 ({@code CHOME}), 大字・町
 * ({@code OAZA}), only the municipality ({@code MUNICIPALITY}) or not at all ({@code NONE}).
 * Deban never guesses below what the address says: {@code reason} tells why a match stopped.
 *
 * @param location the representative point of the matched 町丁目 or 大字; null above that level
 * @param matched the part of the address that was matched, normalised (e.g. 愛知県稲沢市池部町一丁目)
 * @param rest what followed (番地・号, building), not used for the point
 */
@Serdeable
public record GeocodeResponse(
        String address,
        MatchLevel level,
        @Nullable Location location,
        @Nullable String cityCode,
        @Nullable String city,
        @Nullable String town,
        String matched,
        String rest,
        @Nullable String reason) {

    static GeocodeResponse of(GeocodeResult result) {
        var town = result.town();
        return new GeocodeResponse(
                result.input(),
                result.level(),
                result.point() == null ? null : Location.of(result.point()),
                town == null ? null : town.cityCode(),
                town == null ? null : town.city(),
                town == null ? null : town.town() + town.koaza(),
                result.matched(),
                result.rest(),
                result.reason());
    }
}
