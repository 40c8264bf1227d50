package org.deban.schedule;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Normalises lists arriving from JSON, where a missing list is {@code null} and a stray {@code null} element may
 * hide inside; the engine then never has to check either.
 */
final class Lists {
    private Lists() {}

    static <T> List<T> copyOf(@Nullable List<? extends T> list) {
        if (list == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            if (element != null) {
                copy.add(element);
            }
        }
        return List.copyOf(copy);
    }
}
