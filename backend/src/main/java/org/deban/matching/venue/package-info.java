/** Venue requests (会場を探す): a group's needs matched to 会場提供 offers, with reasons. */
@NullMarked
package org.deban.matching.venue;

import org.jspecify.annotations.NullMarked;
