/**
 * Search: each app instance keeps a local Lucene index of places and offers, fed from PostgreSQL
 * through the outbox, and answers {@code /api/v1/search} from it. PostgreSQL stays the only source
 * of truth: an index can always be rebuilt. Person data is never indexed.
 */
@NullMarked
package org.deban.search;

import org.jspecify.annotations.NullMarked;
