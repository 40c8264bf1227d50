package org.deban.interop;

import java.util.List;
import java.util.Map;
import org.deban.common.FieldError;

/** Names the catalogue's request fields (location.lat, schedule.rules[0].end) by the list's own column headers. */
final class ImportErrors {
    /** Request field path prefixes, longest first where one is a prefix of another. */
    private static final Map<String, Column> FIELDS = Map.ofEntries(
            Map.entry("nameKana", Column.NAME_KANA),
            Map.entry("name", Column.NAME),
            Map.entry("kind", Column.KIND),
            Map.entry("address", Column.ADDRESS),
            Map.entry("location", Column.LAT),
            Map.entry("contact.phone", Column.PHONE),
            Map.entry("contact.url", Column.URL),
            Map.entry("description", Column.DESCRIPTION),
            Map.entry("title", Column.OFFER_TITLE),
            Map.entry("type", Column.OFFER_TYPE),
            Map.entry("schedule", Column.WEEKDAYS),
            Map.entry("costYen", Column.COST_YEN),
            Map.entry("costNote", Column.COST_NOTE),
            Map.entry("minAge", Column.MIN_AGE),
            Map.entry("capacity", Column.CAPACITY));

    private ImportErrors() {}

    static List<FieldError> toColumns(Layout layout, List<FieldError> errors) {
        return errors.stream()
                .map(e -> new FieldError(header(layout, e.field()), e.code(), e.message()))
                .toList();
    }

    private static String header(Layout layout, String field) {
        return FIELDS.entrySet().stream()
                .filter(e -> field.equals(e.getKey())
                        || field.startsWith(e.getKey() + ".")
                        || field.startsWith(e.getKey() + "["))
                .map(e -> layout.headerOf(e.getValue()))
                .findFirst()
                .orElse(field);
    }
}
