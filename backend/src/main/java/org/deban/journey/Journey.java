package org.deban.journey;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which moves a referral may make. Forward along the canonical steps, skipping any; never back, except that a
 * suspended referral resumes at the step it was suspended from or later; 中断 and 終了 from any step but 終了, which is
 * final. Whether a consent exists is checked by the caller ({@link Step#needsConsent()}).
 */
final class Journey {
    private Journey() {}

    /** Why the move is not allowed, in Japanese; empty when it is. */
    static Optional<String> refusal(Step current, @Nullable Step suspendedFrom, Step target) {
        if (current == Step.ENDED) return Optional.of("終了した紹介は動かせません");
        if (target == Step.SUSPENDED || target == Step.ENDED) {
            return current == target ? Optional.of("すでに" + target.label() + "です") : Optional.empty();
        }
        if (current == Step.SUSPENDED) {
            Step resumeFrom = suspendedFrom == null ? Step.SOUNDING_OUT : suspendedFrom;
            return target.ordinal() >= resumeFrom.ordinal()
                    ? Optional.empty()
                    : Optional.of("中断前の段階（" + resumeFrom.label() + "）より前には戻せません");
        }
        return target.ordinal() > current.ordinal()
                ? Optional.empty()
                : Optional.of(current.label() + "から" + target.label() + "へは戻せません");
    }
}
