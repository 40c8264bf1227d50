/**
 * Matching that explains itself: a person's strengths and constraints to offers in their area (hard constraints
 * first, then a score whose every part is a reason), "why not?" for any offer, what relaxing one constraint would
 * bring, offer → persons, unmet needs and the gap map, and venue requests.
 */
@NullMarked
package org.deban.matching;

import org.jspecify.annotations.NullMarked;
