package org.deban.matching.venue;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.deban.matching.WhyNot;

/**
 * The venues proposed for a request, in the list shape of the API ({@code items} paged, best first), and every
 * venue in the request's area or radius that was not proposed, with what keeps it out — in the shape of why-not.
 */
@Serdeable
public record VenueMatchResult(List<VenueProposal> items, long total, int page, int size, List<WhyNot> excluded) {}
