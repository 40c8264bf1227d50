/** Unmet needs (社会資源開発), recorded with no identity, and the gap map per area. */
@NullMarked
package org.deban.matching.gaps;

import org.jspecify.annotations.NullMarked;
