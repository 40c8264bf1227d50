package org.deban.catalogue.place;

/** 活動中 / 休止中 / 終了. Paused places are shown as paused and never matched. */
public enum PlaceStatus {
    ACTIVE,
    PAUSED,
    ENDED
}
