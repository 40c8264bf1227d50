package org.deban.gis.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The towns of one city, indexed by normalised name, and the town half of matching: the part of an
 * address after the city name. Names are compared after {@link AddressNormalizer#normalize}. The
 * rules are described on {@link TownMatcher}.
 */
final class CityTowns {
    /** "池部町一丁目" → "池部町", "一"; the town lists write 丁目 in kanji. */
    private static final Pattern CHOME_ROW = Pattern.compile("(.+?)([〇一二三四五六七八九十百]+)丁目");
    /** The 丁目 at the start of what follows a 町 name: "1-5-3", "一丁目5", "3丁", "2" at the end. */
    private static final Pattern CHOME_IN_ADDRESS = Pattern.compile("([0-9]{1,4}|[〇一二三四五六七八九十百]+)(丁目|丁|-|$)");

    final String prefecture;
    final String city;
    /** Town rows (koaza empty) by normalised town name; a list only so that duplicates are seen. */
    private final Map<String, List<Town>> towns = new HashMap<>();
    /** For a town divided into 丁目: its normalised name without 丁目 → 丁目 number → rows. */
    private final Map<String, Map<Integer, List<Town>>> chome = new HashMap<>();
    /** Normalised town name → normalised 小字 name → rows. */
    private final Map<String, Map<String, List<Town>>> koaza = new HashMap<>();
    /** Every name a town can be recognised by, longest first. */
    private final List<String> namesLongestFirst;

    CityTowns(List<Town> rows) {
        Town first = rows.getFirst();
        this.prefecture = first.prefecture();
        this.city = first.city();
        for (Town row : rows) {
            String name = AddressNormalizer.normalize(row.town());
            if (!row.koaza().isEmpty()) {
                koaza.computeIfAbsent(name, k -> new HashMap<>())
                        .computeIfAbsent(AddressNormalizer.normalize(row.koaza()), k -> new ArrayList<>())
                        .add(row);
                continue;
            }
            towns.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
            Matcher chomeRow = CHOME_ROW.matcher(name);
            OptionalInt number =
                    chomeRow.matches() ? AddressNormalizer.parseKanjiNumber(chomeRow.group(2)) : OptionalInt.empty();
            if (number.isPresent()) {
                chome.computeIfAbsent(chomeRow.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(number.getAsInt(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        Set<String> names = new LinkedHashSet<>(towns.keySet());
        names.addAll(chome.keySet());
        namesLongestFirst = new ArrayList<>(names);
        namesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
    }

    String displayName() {
        return prefecture + city;
    }

    /** Matches {@code rest}, the normalised address after the city name. */
    GeocodeResult match(String input, String rest) {
        String name = longestName(rest);
        if (name == null && !AddressNormalizer.withoutAzaPrefix(rest).equals(rest)) {
            rest = AddressNormalizer.withoutAzaPrefix(rest); // "稲沢市字…" — a 字 name right after the city
            name = longestName(rest);
        }
        if (name == null) {
            return municipality(input, rest, "町名が見つかりません");
        }
        String after = rest.substring(name.length());
        List<Town> rows = towns.getOrDefault(name, List.of());
        if (rows.size() > 1) {
            return municipality(input, rest, "町名を特定できません（同じ名前の町が複数あります）");
        }
        Map<Integer, List<Town>> chomeRows = chome.get(name);
        if (chomeRows == null) {
            return withKoaza(input, rows.getFirst(), after); // a 町丁目 or a 大字 without 丁目
        }
        Matcher token = CHOME_IN_ADDRESS.matcher(after);
        OptionalInt number = token.lookingAt() ? chomeNumber(token.group(1)) : OptionalInt.empty();
        List<Town> chomeRow = number.isPresent() ? chomeRows.get(number.getAsInt()) : null;
        if (chomeRow != null && chomeRow.size() == 1) {
            return chomeLevel(input, chomeRow.getFirst(), after.substring(token.end()));
        }
        Town row = rows.isEmpty() ? null : rows.getFirst(); // "池部町" has a row of its own, "石橋" has not
        if (row != null && koazaPrefix(name, after) != null) {
            return withKoaza(input, row, after);
        }
        String shorter = townWithKoazaCovering(rest, name.length());
        if (shorter != null) {
            // "稲沢町北山" without a 丁目 is 稲沢町 字北山, a place in full, rather than 稲沢町北山 in part.
            return withKoaza(input, towns.get(shorter).getFirst(), rest.substring(shorter.length()));
        }
        String reason = number.isEmpty() ? "丁目が指定されていません" : "丁目を特定できません";
        GeoPoint point = row != null && row.point() != null ? row.point() : centroid(chomeRows);
        String townName = row != null ? row.town() : chomeBaseName(chomeRows, name);
        return new GeocodeResult(input, MatchLevel.OAZA, row, point, displayName() + townName, after, reason);
    }

    /** A town row, or the 小字 row of it that {@code after} starts with. */
    private GeocodeResult withKoaza(String input, Town row, String after) {
        String name = AddressNormalizer.normalize(row.town());
        String koazaName = koazaPrefix(name, after);
        if (koazaName == null) {
            return chomeLevel(input, row, after);
        }
        List<Town> koazaRows = koaza.get(name).get(koazaName);
        String afterKoaza = AddressNormalizer.withoutAzaPrefix(after).substring(koazaName.length());
        if (koazaRows.size() > 1) {
            return new GeocodeResult(
                    input, MatchLevel.CHOME, row, row.point(), row.fullName(), after, "小字を特定できません（同じ名前の小字が複数あります）");
        }
        return chomeLevel(input, koazaRows.getFirst(), afterKoaza);
    }

    private static GeocodeResult chomeLevel(String input, Town town, String rest) {
        String reason = town.point() == null ? "代表点がありません" : null;
        return new GeocodeResult(input, MatchLevel.CHOME, town, town.point(), town.fullName(), rest, reason);
    }

    /** The longest 小字 of the town that {@code after} (without a leading 字) starts with. */
    private @Nullable String koazaPrefix(String townName, String after) {
        String text = AddressNormalizer.withoutAzaPrefix(after);
        String longest = null;
        for (String name : koaza.getOrDefault(townName, Map.of()).keySet()) {
            if (text.startsWith(name) && (longest == null || name.length() > longest.length())) {
                longest = name;
            }
        }
        return longest;
    }

    /**
     * The name of a town shorter than the name matched whose 小字 reaches at least as far into {@code
     * rest}: the other reading of a 丁目-divided town named without its 丁目.
     */
    private @Nullable String townWithKoazaCovering(String rest, int matchedLength) {
        for (String name : namesLongestFirst) {
            List<Town> rows = towns.get(name);
            if (name.length() >= matchedLength || rows == null || rows.size() > 1 || !rest.startsWith(name)) {
                continue;
            }
            String afterAza = AddressNormalizer.withoutAzaPrefix(rest.substring(name.length()));
            String koazaName = koazaPrefix(name, afterAza);
            if (koazaName != null && rest.length() - afterAza.length() + koazaName.length() >= matchedLength) {
                return name;
            }
        }
        return null;
    }

    private @Nullable String longestName(String rest) {
        for (String name : namesLongestFirst) {
            if (rest.startsWith(name)) {
                return name;
            }
        }
        return null;
    }

    private GeocodeResult municipality(String input, String rest, String reason) {
        return new GeocodeResult(input, MatchLevel.MUNICIPALITY, null, null, displayName(), rest, reason);
    }

    private static OptionalInt chomeNumber(String text) {
        return Character.isDigit(text.charAt(0))
                ? OptionalInt.of(Integer.parseInt(text))
                : AddressNormalizer.parseKanjiNumber(text);
    }

    /** The 町 name in the list's spelling: "池部町一丁目" without "一丁目". */
    private static String chomeBaseName(Map<Integer, List<Town>> chomeRows, String normalizedBase) {
        String town = chomeRows.values().iterator().next().getFirst().town();
        Matcher matcher = CHOME_ROW.matcher(town);
        return matcher.matches() ? matcher.group(1) : normalizedBase;
    }

    /** The mean of the 丁目 points; null when none of them has a point. */
    private static @Nullable GeoPoint centroid(Map<Integer, List<Town>> chomeRows) {
        List<GeoPoint> points = chomeRows.values().stream()
                .flatMap(List::stream)
                .map(Town::point)
                .filter(Objects::nonNull)
                .toList();
        if (points.isEmpty()) {
            return null;
        }
        double lat = points.stream().mapToDouble(GeoPoint::lat).average().orElseThrow();
        double lon = points.stream().mapToDouble(GeoPoint::lon).average().orElseThrow();
        return GeoPoint.of(lat, lon);
    }
}
