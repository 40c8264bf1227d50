/**
 * Synthetic national data for benchmarks and scale tests: organisations, places and offers spread
 * over Japan's municipalities ({@code ./deban generate --places N}).
 */
@NullMarked
package org.deban.generate;

import org.jspecify.annotations.NullMarked;
