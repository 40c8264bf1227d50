/**
 * The participation journey: a referral of a person to an offer through the canonical steps (打診 → 本人同意 →
 * 受入先調整 → 見学 → 体験 → 参加中 → 定着 → 卒業, or 中断 / 終了), follow-ups, attendance the host records, alerts, and
 * the つなぐシート a host receives once the person consented.
 */
@NullMarked
package org.deban.journey;

import org.jspecify.annotations.NullMarked;
