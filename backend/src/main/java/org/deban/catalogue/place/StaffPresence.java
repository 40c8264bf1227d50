package org.deban.catalogue.place;

/** Whether staff are there: 常駐 (always), 巡回 (now and then) or なし. */
public enum StaffPresence {
    RESIDENT,
    ROUNDS,
    NONE
}
