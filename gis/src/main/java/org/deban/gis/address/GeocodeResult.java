package org.deban.gis.address;

import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Where an address was placed, and how precisely.
 *
 * @param input the address as given
 * @param level how precisely it was placed
 * @param town the town-list row it was matched to; null for NONE and MUNICIPALITY, and for OAZA
 *     when the list has 丁目 rows but no row for the 町 itself
 * @param point the representative point: the row's, or for OAZA without a row (or without a point on
 *     its row) the mean of its 丁目 rows' points; null for NONE and MUNICIPALITY, and when the list has
 *     no point for the place (reason "代表点がありません")
 * @param matched what was recognised, in the town list's spelling ("愛知県稲沢市池部町一丁目"); empty
 *     for NONE
 * @param rest the normalised remainder after what was recognised, usually the 番地 ("5-3")
 * @param reason why the result is not more precise, in Japanese for the person who typed the address
 *     ("町名が見つかりません"); null when nothing is missing
 */
public record GeocodeResult(
        String input,
        MatchLevel level,
        @Nullable Town town,
        @Nullable GeoPoint point,
        String matched,
        String rest,
        @Nullable String reason) {}
