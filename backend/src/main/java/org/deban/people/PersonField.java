package org.deban.people;

import java.util.Collection;
import java.util.List;

/** The parts of a person's record that a consent may let a recipient see (a つなぐシート holds only these). */
public enum PersonField {
    /** 氏名 (and its reading) */
    NAME,
    /** 連絡先 */
    CONTACT,
    /** 年齢 */
    AGE,
    /** 得意なこと・興味 */
    STRENGTHS,
    /** 職歴 */
    PAST_WORK,
    /** 参加できる曜日・時間 */
    AVAILABILITY,
    /** 配慮してほしいこと */
    CONSTRAINTS,
    /** 希望 (居場所・役割・就労体験・在宅) */
    WANTS,
    /** 住まいの地区 */
    HOME_AREA;

    /** The fields in their declared order (a stable order for sheets and tests). */
    public static List<PersonField> sorted(Collection<PersonField> fields) {
        return fields.stream().distinct().sorted().toList();
    }
}
