package org.deban.catalogue.place;

/** What kind of place it is; labels live in the locale files. */
public enum PlaceKind {
    /** サロン (ふれあい・いきいきサロン). */
    SALON,
    /** 子ども食堂・地域食堂. */
    COMMUNITY_DINER,
    /** 居場所・フリースペース. */
    FREE_SPACE,
    /** 通いの場. */
    GATHERING_PLACE,
    /** 福祉施設. */
    WELFARE_FACILITY,
    /** 公民館・集会所. */
    COMMUNITY_HALL,
    /** 空き家・会場. */
    VENUE,
    /** 事務所. */
    OFFICE
}
