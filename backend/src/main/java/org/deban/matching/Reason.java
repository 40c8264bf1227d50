package org.deban.matching;

/** Why an offer is proposed: each reason stands for one part of the score. */
public enum Reason {
    /** 参加できる時間帯に合う */
    AVAILABILITY_FIT,
    /** 得意なこと・経験が活かせる */
    STRENGTH_MATCH,
    /** 近い (travel estimate and straight-line km) */
    NEARBY,
    /** 在宅・オンラインでできる */
    REMOTE,
    /** an atmosphere tag that suits the person (話さなくてOK, 初めて歓迎, 少人数 …) */
    TAG_MATCH,
    /** the role level the person is ready for */
    ROLE_LEVEL,
    /** 見学・体験ができる */
    TRIAL_POSSIBLE,
    /** what the person wants (居場所 / 役割 / 就労体験 / 在宅) */
    WANT_FIT
}
