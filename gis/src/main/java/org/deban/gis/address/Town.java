package org.deban.gis.address;

import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * One row of a town list: a 町丁目 or 大字 (koaza empty), or a 小字 within one, with its
 * representative point.
 *
 * @param cityCode 全国地方公共団体コード without check digit, e.g. "23220"
 * @param prefecture e.g. "愛知県"
 * @param city e.g. "稲沢市"
 * @param town e.g. "池部町一丁目", "祖父江町大牧"
 * @param koaza the 小字, e.g. "向丁長"; empty for the town itself
 * @param point the representative point; null when the list has none yet — new 丁目 appear in the
 *     lists before 位置参照情報 gives them a point (みよし市 新前田一丁目, 稲城市 坂浜三丁目). Such rows
 *     are kept so that an address there is recognised rather than put on a neighbouring name.
 */
public record Town(
        String cityCode,
        String prefecture,
        String city,
        String town,
        String koaza,
        @Nullable GeoPoint point) {

    public Town {
        if (town.isBlank()) {
            throw new IllegalArgumentException("a town row needs a town name");
        }
    }

    /** The name as written in an address: 都道府県 + 市区町村 + 町 + 小字. */
    public String fullName() {
        return prefecture + city + town + koaza;
    }
}
