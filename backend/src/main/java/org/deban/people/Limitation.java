package org.deban.people;

/** A social or physical constraint a person has; physical ones always exclude what does not fit. */
public enum Limitation {
    /** 人混みが苦手 */
    NO_CROWDS(false),
    /** 話すのが苦手 */
    PREFERS_NOT_TO_TALK(false),
    /** 初回は付き添いが必要 */
    NEEDS_COMPANION_FIRST_TIME(false),
    /** 車いす */
    WHEELCHAIR(true),
    /** 階段が使えない */
    NO_STAIRS(true);

    private final boolean physical;

    Limitation(boolean physical) {
        this.physical = physical;
    }

    public boolean physical() {
        return physical;
    }
}
