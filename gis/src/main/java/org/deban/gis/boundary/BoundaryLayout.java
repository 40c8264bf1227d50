package org.deban.gis.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a boundary file keeps each area's code and name among its feature properties.
 *
 * <p>Values are read as text: strings are trimmed (blank counts as missing); JSON numbers are written
 * without a decimal part when they are whole ({@code 23220.0} → "23220"). Numbers read from the
 * {@link #cityCodeProperty} are 全国地方公共団体コード without check digit, which are five digits,
 * so they are left-padded with zeros to five ({@code 1101} → "01101", 札幌市中央区) — some tools
 * write N03_007 as a number and lose the zero of 北海道 to 茨城県 (01–09). Codes given as strings
 * are kept exactly as written, leading zeros included.
 *
 * <h2>Presets (checked against published layouts, 2026)</h2>
 *
 * <ul>
 *   <li>{@link #N03} 国土数値情報 行政区域: N03_001 都道府県名, N03_002 振興局名 (北海道), N03_003
 *       郡・政令指定都市名, N03_004 市区町村名, N03_007 行政区域コード. Files from 2024 on add N03_005
 *       (政令指定都市の区名) and put the city in N03_004; the preset joins N03_003 + N03_004 + N03_005
 *       and skips a part that repeats the one before, so both layouts give "札幌市中央区" and a town
 *       in a 郡 gives "愛知郡東郷町". Code and city code are both N03_007.
 *   <li>{@link #A27} 小学校区 and {@link #A32} 中学校区, 製品仕様書 第3.0版 (A27-21/A27-23,
 *       A32-21/A32-23): _001 行政区域コード, _002 設置主体 ("稲沢市立"), _003 学校コード (文部科学省
 *       の学校コード: 13 characters, "B1…" for 小学校, "C1…" for 中学校), _004 名称, _005 所在地. The code is the 学校コード,
 *       unique across Japan, where _001 alone is shared by every school of a city.
 * </ul>
 *
 * <p>Older school-district files are laid out differently and are not presets: 第2.x版 (A27-10,
 * A27-16, A32-13, A32-16) ship points and polygons separately, and their polygons carry, as far as
 * third-party tools that read them show, A27_005 行政区域コード, A27_006 設置主体, A27_007 名称,
 * A27_008 所在地 and no school code (A32-16 polygons likewise A32_006–A32_009). For such a file build
 * a layout by hand, e.g. {@code new BoundaryLayout("A27_003", List.of("A27_007"), "A27_005")}: when
 * the code property is missing, {@link #code} falls back to city code + ":" + name.
 *
 * @param codeProperty the property holding a code unique within the file
 * @param nameProperties the properties whose values, joined, make the display name
 * @param cityCodeProperty the property holding the 市区町村 code, if the layout has one
 */
public record BoundaryLayout(
        String codeProperty,
        List<String> nameProperties,
        @Nullable String cityCodeProperty) {

    /** 国土数値情報 行政区域 (N03). */
    public static final BoundaryLayout N03 =
            new BoundaryLayout("N03_007", List.of("N03_003", "N03_004", "N03_005"), "N03_007");

    /** 国土数値情報 小学校区 (A27), 第3.0版. */
    public static final BoundaryLayout A27 = new BoundaryLayout("A27_003", List.of("A27_004"), "A27_001");

    /** 国土数値情報 中学校区 (A32), 第3.0版. */
    public static final BoundaryLayout A32 = new BoundaryLayout("A32_003", List.of("A32_004"), "A32_001");

    private static final int MUNICIPALITY_CODE_DIGITS = 5;

    public BoundaryLayout {
        if (codeProperty.isBlank()) {
            throw new IllegalArgumentException("a layout needs a code property");
        }
        if (nameProperties.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one name property");
        }
        nameProperties = List.copyOf(nameProperties);
    }

    /** The preset called "N03", "A27" or "A32", in any case. */
    public static Optional<BoundaryLayout> preset(String name) {
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "N03" -> Optional.of(N03);
            case "A27" -> Optional.of(A27);
            case "A32" -> Optional.of(A32);
            default -> Optional.empty();
        };
    }

    /**
     * The area's code: the code property, or when that is missing, city code + ":" + name (unique
     * enough within one file of one city); null when neither can be built.
     */
    public @Nullable String code(Map<String, ? extends @Nullable Object> properties) {
        String code = text(properties.get(codeProperty), codeProperty.equals(cityCodeProperty));
        if (code != null) {
            return code;
        }
        String cityCode = cityCode(properties);
        String name = name(properties);
        return cityCode != null && name != null ? cityCode + ":" + name : null;
    }

    /**
     * The display name: the non-blank name parts, trimmed, joined without a separator (N03 札幌市 +
     * 中央区 → 札幌市中央区); a part equal to the one before is skipped. Null when all are blank.
     */
    public @Nullable String name(Map<String, ? extends @Nullable Object> properties) {
        List<String> parts = new ArrayList<>();
        for (String property : nameProperties) {
            String part = text(properties.get(property), false);
            if (part != null && (parts.isEmpty() || !parts.getLast().equals(part))) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("", parts);
    }

    /** The 市区町村 code, five digits when it was a number; null when the layout or the feature has none. */
    public @Nullable String cityCode(Map<String, ? extends @Nullable Object> properties) {
        return cityCodeProperty == null ? null : text(properties.get(cityCodeProperty), true);
    }

    private static @Nullable String text(@Nullable Object value, boolean municipalityCode) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            if (decimal.scale() > 0) {
                return decimal.toPlainString();
            }
            String digits = decimal.toBigInteger().toString();
            return municipalityCode && decimal.signum() >= 0 && digits.length() < MUNICIPALITY_CODE_DIGITS
                    ? "0".repeat(MUNICIPALITY_CODE_DIGITS - digits.length()) + digits
                    : digits;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
