package org.deban.common;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** The one list shape of the API: {@code {"items": [...], "total": N, "page": P, "size": S}}. */
@Serdeable
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(
                page.getContent().stream().map(mapper).toList(),
                page.getTotalSize(),
                page.getPageNumber(),
                page.getSize());
    }

    /** Pages a small list held in memory (the tag vocabulary). */
    public static <T> PageResponse<T> slice(List<T> all, PageRequest request) {
        int size = request.sizeOrDefault();
        long from = Math.min((long) request.pageOrDefault() * size, all.size());
        int to = (int) Math.min(from + size, all.size());
        return new PageResponse<>(all.subList((int) from, to), all.size(), request.pageOrDefault(), size);
    }
}
