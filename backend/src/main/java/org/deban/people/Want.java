package org.deban.people;

/** What a person is looking for: 居場所 / 役割 / 就労体験 / 在宅でできること. */
public enum Want {
    PLACE_TO_BE,
    ROLE,
    WORK_EXPERIENCE,
    AT_HOME
}
