package org.deban.areas;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, feature by feature: nothing is dropped without a line here.
 *
 * @param replaced false when no feature could be used: the layer was left as it was
 * @param features features read from the source
 * @param areas areas the layer now holds (features sharing a code are merged)
 * @param repaired features whose invalid geometry was repaired with {@code ST_MakeValid}
 * @param rejected features not imported, each with its reason
 * @param placesMoved places whose areas in this layer changed (their search documents are refreshed)
 */
@Serdeable
public record ImportReport(
        String layer,
        boolean replaced,
        int features,
        int areas,
        List<FeatureNote> repaired,
        List<FeatureNote> rejected,
        List<FeatureNote> warnings,
        int placesMoved) {

    /** A note on one feature of the source, by its position (0-based) and code. */
    @Serdeable
    public record FeatureNote(int index, @Nullable String code, String reason) {
        @Override
        public String toString() {
            return "#" + index + (code == null ? "" : " (" + code + ")") + ": " + reason;
        }
    }
}
