package org.deban.journey;

/** The steps of 参加支援, in their canonical order, then 中断 and 終了 (reachable from any step, with a reason). */
public enum Step {
    SOUNDING_OUT("打診"),
    CONSENT("本人同意"),
    HOST_ARRANGEMENT("受入先調整"),
    VISIT("見学"),
    TRIAL("体験"),
    PARTICIPATING("参加中"),
    SETTLED("定着"),
    GRADUATED("卒業"),
    SUSPENDED("中断"),
    ENDED("終了");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    /** The Japanese name, for messages (the UI takes its labels from the locale files). */
    public String label() {
        return label;
    }

    public boolean canonical() {
        return ordinal() <= GRADUATED.ordinal();
    }

    /** Past 本人同意: the host may be told about the person, so a consent for that host must be on record. */
    public boolean needsConsent() {
        return canonical() && ordinal() > CONSENT.ordinal();
    }

    /** Steps at which the host sees the person come (or not) and records attendance. */
    public boolean attending() {
        return this == VISIT || this == TRIAL || this == PARTICIPATING || this == SETTLED;
    }
}
