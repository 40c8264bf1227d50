package org.deban.interop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.deban.catalogue.offer.OfferType;
import org.deban.catalogue.place.PlaceKind;

/** The Japanese words lists use for place kinds and offer types, and the yes/no of a column. */
final class Labels {
    /** Checked in order: the first word contained in the cell decides (子ども食堂 before 食堂). */
    private static final Map<String, PlaceKind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("サロン", PlaceKind.SALON);
        KINDS.put("子ども食堂", PlaceKind.COMMUNITY_DINER);
        KINDS.put("こども食堂", PlaceKind.COMMUNITY_DINER);
        KINDS.put("食堂", PlaceKind.COMMUNITY_DINER);
        KINDS.put("通いの場", PlaceKind.GATHERING_PLACE);
        KINDS.put("居場所", PlaceKind.FREE_SPACE);
        KINDS.put("フリースペース", PlaceKind.FREE_SPACE);
        KINDS.put("児童館", PlaceKind.FREE_SPACE);
        KINDS.put("福祉", PlaceKind.WELFARE_FACILITY);
        KINDS.put("老人", PlaceKind.WELFARE_FACILITY);
        KINDS.put("障害", PlaceKind.WELFARE_FACILITY);
        KINDS.put("公民館", PlaceKind.COMMUNITY_HALL);
        KINDS.put("集会所", PlaceKind.COMMUNITY_HALL);
        KINDS.put("会館", PlaceKind.COMMUNITY_HALL);
        KINDS.put("コミュニティ", PlaceKind.COMMUNITY_HALL);
        KINDS.put("市民センター", PlaceKind.COMMUNITY_HALL);
        KINDS.put("空き家", PlaceKind.VENUE);
        KINDS.put("会場", PlaceKind.VENUE);
        KINDS.put("事務所", PlaceKind.OFFICE);
    }

    private Labels() {}

    /** A place kind from its code (SALON) or a Japanese word in the cell (ふれあいサロン, 地区公民館). */
    static Optional<PlaceKind> kind(String cell) {
        String s = JapaneseText.normalise(cell);
        for (PlaceKind kind : PlaceKind.values()) {
            if (kind.name().equalsIgnoreCase(s)) return Optional.of(kind);
        }
        return KINDS.entrySet().stream()
                .filter(e -> s.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** An offer type the template may name; 会場提供 needs venue details an import does not carry. */
    static Optional<OfferType> offerType(String cell) {
        String s = JapaneseText.normalise(cell);
        if (s.isEmpty() || s.equals("参加") || s.equals("PARTICIPATION")) return Optional.of(OfferType.PARTICIPATION);
        if (s.startsWith("ボランティア") || s.equals("VOLUNTEER_ROLE")) return Optional.of(OfferType.VOLUNTEER_ROLE);
        if (s.equals("就労体験") || s.equals("WORK_EXPERIENCE")) return Optional.of(OfferType.WORK_EXPERIENCE);
        return Optional.empty();
    }

    /** はい / ○ / 1 / true — anything else, blank included, is no. */
    static boolean yes(String cell) {
        String s = JapaneseText.normalise(cell).toLowerCase(java.util.Locale.ROOT);
        return s.equals("はい") || s.equals("○") || s.equals("◯") || s.equals("1") || s.equals("true") || s.equals("有");
    }
}
