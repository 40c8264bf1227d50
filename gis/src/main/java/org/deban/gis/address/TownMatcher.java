package org.deban.gis.address;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places an address on a 町丁目 of a town list, offline. Nothing is guessed: when two places fit
 * equally, the result stays at the coarser level and says why.
 *
 * <ol>
 *   <li>The address is {@link AddressNormalizer#normalize normalised}.
 *   <li>A leading 都道府県 of the list is removed; the address may also start with the city.
 *   <li>The city must follow: one city of the list (of that 都道府県, if one was given) whose name
 *       begins the rest, or its name without the 郡 ("西春日井郡豊山町" or "豊山町"). Otherwise the
 *       result is {@link MatchLevel#NONE}, "市区町村が見つかりません".
 *   <li>The town is the longest town name that begins the rest (after a leading 字, if no name
 *       matches with it). A town divided into 丁目 is also known by its name without 丁目
 *       ("池部町" for 池部町一丁目…三丁目). No town: {@link MatchLevel#MUNICIPALITY}, "町名が見つかりません",
 *       without a point.
 *   <li>The result is {@link MatchLevel#CHOME} when the row found is a 丁目, or a 町/大字 that has no
 *       丁目 rows ("横地町"). For a town with 丁目 rows named without its 丁目, a number right after it
 *       is the 丁目 when followed by "丁目", "丁", "-" or the end ("池部町1-5-3" → 池部町一丁目, rest
 *       "5-3"). Without such a number the result is {@link MatchLevel#OAZA}, at the point of the town's
 *       own row if the list has one, else at the mean of its 丁目 points — unless a shorter town has a
 *       小字 that covers the same text: "稲沢町北山" without a 丁目 is the 小字 北山 of 稲沢町, a place
 *       named in full, not 稲沢町北山一丁目/二丁目 named in part.
 *   <li>A 小字 row is used when the rest after its town begins with its name, with or without a
 *       leading 字 ("池部町字向丁長" → 池部町 / 向丁長); the level is then {@link MatchLevel#CHOME}, since
 *       a 小字 is finer than its 大字.
 * </ol>
 *
 * <p>A row without a point is matched like any other; the result then has no point and the reason
 * "代表点がありません", rather than the point of a neighbouring name.
 */
public final class TownMatcher {
    private final Map<String, String> prefectures = new LinkedHashMap<>();
    private final List<CityTowns> cities = new ArrayList<>();

    /**
     * @param towns rows of one or more cities; each city code must always come with the same 都道府県
     *     and 市区町村 names
     */
    public TownMatcher(List<Town> towns) {
        Map<String, List<Town>> byCity =
                towns.stream().collect(Collectors.groupingBy(Town::cityCode, LinkedHashMap::new, Collectors.toList()));
        for (List<Town> rows : byCity.values()) {
            Town first = rows.getFirst();
            for (Town row : rows) {
                if (!row.prefecture().equals(first.prefecture()) || !row.city().equals(first.city())) {
                    throw new IllegalArgumentException("city code " + first.cityCode() + " is both "
                            + first.prefecture() + first.city() + " and " + row.prefecture() + row.city());
                }
            }
            cities.add(new CityTowns(rows));
            prefectures.put(AddressNormalizer.normalize(first.prefecture()), first.prefecture());
        }
    }

    public GeocodeResult match(String address) {
        String rest = AddressNormalizer.normalize(address);
        if (rest.isEmpty()) {
            return none(address, rest, "住所が入力されていません");
        }
        String prefecture = null;
        for (Map.Entry<String, String> entry : prefectures.entrySet()) {
            if (rest.startsWith(entry.getKey())) {
                prefecture = entry.getValue();
                rest = rest.substring(entry.getKey().length());
                break;
            }
        }
        int longest = 0;
        List<CityTowns> found = new ArrayList<>();
        for (CityTowns city : cities) {
            if (prefecture != null && !prefecture.equals(city.prefecture)) {
                continue;
            }
            for (String name : cityNames(city)) {
                if (rest.startsWith(name) && name.length() >= longest) {
                    if (name.length() > longest) {
                        found.clear();
                        longest = name.length();
                    }
                    found.add(city);
                }
            }
        }
        if (found.isEmpty()) {
            return none(address, rest, "市区町村が見つかりません");
        }
        if (found.size() > 1) {
            String names = found.stream().map(CityTowns::displayName).collect(Collectors.joining("、"));
            return none(address, rest, "市区町村を特定できません（" + names + "）");
        }
        return found.getFirst().match(address, rest.substring(longest));
    }

    /** {@link #match} for each address, in order. */
    public List<GeocodeResult> matchAll(List<String> addresses) {
        return addresses.stream().map(this::match).toList();
    }

    /** The city's normalised name, and the same without its 郡, as addresses often leave it out. */
    private static Set<String> cityNames(CityTowns city) {
        String name = AddressNormalizer.normalize(city.city);
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        int gun = name.indexOf('郡');
        if (gun > 0 && gun < name.length() - 1) {
            names.add(name.substring(gun + 1));
        }
        return names;
    }

    private static GeocodeResult none(String input, String rest, String reason) {
        return new GeocodeResult(input, MatchLevel.NONE, null, null, "", rest, reason);
    }
}
