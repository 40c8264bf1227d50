package org.deban.common;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * {@code ?page=&size=} as every list takes them: page from 0, size 50 by default and 1000 at most.
 * Bound with {@code @RequestBean} so the limits are validated and documented in one place.
 */
@Introspected
public record PageRequest(
        @QueryValue @Nullable @Min(0) Integer page,
        @QueryValue @Nullable @Min(1) @Max(1000) Integer size) {

    public static final int DEFAULT_SIZE = 50;

    public int pageOrDefault() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }

    /** Unsorted: each list query states its own stable ORDER BY. */
    public Pageable pageable() {
        return Pageable.from(pageOrDefault(), sizeOrDefault());
    }
}
