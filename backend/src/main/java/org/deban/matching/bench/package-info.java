/**
 * The matching benchmark ({@code ./deban bench match}): person → offers and offer → persons in-process against the
 * best plain-PostgreSQL version of the same hard constraints, on generated catalogues of growing size and invented
 * persons. Not part of the serving app; its numbers go to {@code docs/performance.md}.
 */
@NullMarked
package org.deban.matching.bench;

import org.jspecify.annotations.NullMarked;
