package org.deban.matching;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The answer to "why not this offer?": every constraint that excludes it, or, when it fits, its reasons. */
@Serdeable
public record WhyNot(long offerId, String title, boolean fits, List<Finding> constraints, List<Finding> reasons) {}
