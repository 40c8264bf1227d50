package org.deban.search;

import static org.deban.search.SearchFields.*;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.deban.search.text.TextFields;

/** An {@link IndexEntry} as Lucene fields. */
final class SearchDocument {
    static final int MINUTES_PER_DAY = 24 * 60;

    /** How many coming dates a hit shows. */
    static final int SHOWN_DATES = 3;

    private SearchDocument() {}

    static Document of(IndexEntry entry, ZoneId zone) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, entry.key(), Field.Store.YES));
        doc.add(new StringField(DOC_TYPE, entry.docType(), Field.Store.YES));
        if (entry.offerId() != null) {
            doc.add(new StoredField(OFFER_ID, entry.offerId()));
            // Matching reads thousands of candidates' ids per request: from doc values, not the stored document.
            doc.add(new NumericDocValuesField(OFFER_ID, entry.offerId()));
        }
        doc.add(new StoredField(PLACE_ID, entry.placeId()));
        doc.add(new StringField(ORGANIZATION_ID, Long.toString(entry.organizationId()), Field.Store.NO));
        doc.add(new StoredField(TITLE, entry.title()));
        doc.add(new StoredField(PLACE_NAME, entry.placeName()));
        TextFields.add(doc, entry.nameText(), entry.bodyText());

        if (entry.location() != null) {
            double lat = entry.location().lat();
            double lon = entry.location().lon();
            doc.add(new LatLonPoint(LOCATION, lat, lon));
            doc.add(new StoredField(LOCATION + "_lat", lat));
            doc.add(new StoredField(LOCATION + "_lon", lon));
            // Only exact places can be ordered by distance: a sensitive place has no distance.
            if (!entry.areaOnly()) doc.add(new LatLonDocValuesField(EXACT_LOCATION, lat, lon));
            boolean far = "REMOTE".equals(entry.mode()) || entry.areaOnly();
            if (entry.offerId() != null && far) doc.add(new LatLonPoint(FAR_LOCATION, lat, lon));
        }
        doc.add(new StringField(AREA_ONLY, Boolean.toString(entry.areaOnly()), Field.Store.YES));
        for (long area : entry.areas()) {
            doc.add(new StringField(AREA, Long.toString(area), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(AREA, Long.toString(area)));
        }
        doc.add(new StringField(KIND, entry.kind(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(KIND, entry.kind()));
        if (entry.type() != null) doc.add(new StringField(TYPE, entry.type(), Field.Store.YES));
        if (entry.mode() != null) doc.add(new StringField(MODE, entry.mode(), Field.Store.YES));
        doc.add(new StringField(STATUS, entry.status(), Field.Store.YES));
        for (int level : entry.roleLevels()) doc.add(new IntPoint(ROLE_LEVEL, level));
        // An unstated age limit is no limit: index the widest bounds so range queries need no special case.
        doc.add(new IntPoint(MIN_AGE, entry.minAge() == null ? 0 : entry.minAge()));
        doc.add(new IntPoint(MAX_AGE, entry.maxAge() == null ? 200 : entry.maxAge()));
        for (String tag : entry.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TAG, tag));
        }
        for (String access : entry.access()) doc.add(new StringField(ACCESS, access, Field.Store.NO));
        if (entry.costYen() != null) doc.add(new IntPoint(COST_YEN, entry.costYen()));

        Set<DayOfWeek> weekdays = new LinkedHashSet<>();
        for (IndexEntry.Slot slot : entry.slots()) {
            int day = slot.date().getDayOfWeek().getValue() - 1;
            int start = day * MINUTES_PER_DAY
                    + slot.start().getHour() * 60
                    + slot.start().getMinute();
            int end = day * MINUTES_PER_DAY
                    + slot.end().getHour() * 60
                    + slot.end().getMinute();
            doc.add(new IntRange(SLOT, new int[] {start}, new int[] {end}));
            doc.add(new SortedNumericDocValuesField(SLOT, SlotsWithinQuery.encode(start, end)));
            weekdays.add(slot.date().getDayOfWeek());
        }
        for (DayOfWeek day : weekdays) {
            doc.add(new StringField(WEEKDAY, day.name().substring(0, 3), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(WEEKDAY, day.name().substring(0, 3)));
        }
        if (!entry.slots().isEmpty()) {
            IndexEntry.Slot next = entry.slots().getFirst();
            doc.add(new NumericDocValuesField(
                    NEXT_START, next.date().atTime(next.start()).atZone(zone).toEpochSecond()));
        }
        entry.slots().stream().limit(SHOWN_DATES).forEach(s -> doc.add(new StoredField(NEXT_DATES, s.toString())));
        return FACETS.build(doc);
    }
}
