package org.deban.accounts;

/** What an account may do; anonymous residents have no account. */
public enum Role {
    /** Manages accounts, teams, areas, the tag vocabulary and imports; never sees person records. */
    ADMIN,
    /** A community social worker, in one or more teams; sees the persons their teams may see. */
    CSW,
    /** Keeps one organisation's places and offers current. */
    ORG_MEMBER
}
