/**
 * The search benchmark ({@code ./deban bench search}): the Lucene search service against the best plain-PostgreSQL
 * query for the same requests, on generated catalogues of growing size. Not part of the serving app; its numbers go
 * to {@code docs/performance.md}.
 */
@NullMarked
package org.deban.search.bench;

import org.jspecify.annotations.NullMarked;
