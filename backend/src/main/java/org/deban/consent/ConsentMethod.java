package org.deban.consent;

/** How consent was obtained: 書面 (a signed form), 口頭 (recorded by the CSW), or another way described in a note. */
public enum ConsentMethod {
    WRITTEN,
    VERBAL,
    OTHER
}
