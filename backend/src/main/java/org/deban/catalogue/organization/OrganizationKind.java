package org.deban.catalogue.organization;

/** What kind of body runs a place; labels live in the locale files. */
public enum OrganizationKind {
    /** 住民団体 (町内会, サロン運営グループ). */
    RESIDENT_GROUP,
    NPO,
    /** 社会福祉法人. */
    SOCIAL_WELFARE_CORPORATION,
    /** 企業 (e.g. 恩送り隊 member firms). */
    COMPANY,
    /** 行政. */
    GOVERNMENT,
    /** 社会福祉協議会 (社協). */
    SOCIAL_WELFARE_COUNCIL,
    /** 個人: a private owner offering a venue. */
    INDIVIDUAL
}
