package org.deban.search;

import static org.deban.search.SearchFields.*;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.deban.catalogue.Location;
import org.deban.search.SearchResponse.FacetValue;
import org.deban.search.SearchResponse.Hit;
import org.deban.search.text.Snippet;
import org.deban.search.text.TextField;
import org.deban.search.text.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * Answers searches from this instance's index: free text ranked by how much of it matches, filters
 * on place, time and what is offered, facet counts over all matches, and hits ready to show. The
 * contracts' sensitive-place rule holds here too: such a place is placed at its 地区's point, has
 * no distance, and sorts after every place with one.
 */
@Singleton
public class SearchService {
    static final int FACET_VALUES = 30;
    static final int SNIPPET_CHARS = 80;
    private static final List<String> FACET_FIELDS = List.of(KIND, AREA, WEEKDAY, TAG);

    private final SearchIndex index;
    private final SearchVocabulary vocabulary;
    private volatile @Nullable FacetState facetState;

    /** Facet ordinals of one reader: costly to build, so kept until the reader changes. */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    SearchService(SearchIndex index, SearchVocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
    }

    public SearchResponse search(SearchRequest request) {
        Query query = query(request);
        try {
            IndexSearcher searcher = index.acquire();
            try {
                int wanted = (request.page() + 1) * request.size();
                Sort sort = sort(request);
                FacetsCollectorManager.FacetsResult result = sort == null
                        ? FacetsCollectorManager.search(
                                searcher, query, Math.max(wanted, 1), new FacetsCollectorManager())
                        : FacetsCollectorManager.search(
                                searcher, query, Math.max(wanted, 1), sort, true, new FacetsCollectorManager());
                long total = result.facetsCollector().getMatchingDocs().stream()
                        .mapToLong(m -> m.totalHits())
                        .sum();
                List<Hit> hits = hits(searcher, result.topDocs(), request);
                return new SearchResponse(hits, total, request.page(), request.size(), facets(searcher, result));
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene query a request is answered with: its text, filters and time window (the benchmark times it alone). */
    public Query query(SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Optional<Query> text =
                request.text() == null ? Optional.empty() : TextQuery.build(request.text(), vocabulary.keywords());
        query.add(text.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
        query.add(
                anyOf(STATUS, request.includePaused() ? List.of("ACTIVE", "PAUSED") : List.of("ACTIVE")), Occur.FILTER);
        if (request.near() != null) {
            query.add(
                    LatLonPoint.newDistanceQuery(
                            LOCATION, request.near().lat(), request.near().lon(), request.radiusKm() * 1000),
                    Occur.FILTER);
        }
        if (request.areaId() != null)
            query.add(new TermQuery(new Term(AREA, request.areaId().toString())), Occur.FILTER);
        if (!request.kinds().isEmpty()) query.add(anyOf(KIND, request.kinds()), Occur.FILTER);
        if (!request.types().isEmpty()) query.add(anyOf(TYPE, request.types()), Occur.FILTER);
        if (request.mode() != null) query.add(new TermQuery(new Term(MODE, request.mode())), Occur.FILTER);
        if (request.roleLevel() != null)
            query.add(IntPoint.newExactQuery(ROLE_LEVEL, request.roleLevel()), Occur.FILTER);
        for (String tag : request.tags()) query.add(new TermQuery(new Term(TAG, tag)), Occur.FILTER);
        if (request.age() != null) {
            query.add(IntPoint.newRangeQuery(MIN_AGE, 0, request.age()), Occur.FILTER);
            query.add(IntPoint.newRangeQuery(MAX_AGE, request.age(), Integer.MAX_VALUE), Occur.FILTER);
        }
        if (request.accessibleOnly()) query.add(new TermQuery(new Term(ACCESS, "STEP_FREE")), Occur.FILTER);
        // Place documents carry no cost, so a cost limit keeps offers only: a place is found through what it offers.
        if (request.maxCostYen() != null)
            query.add(IntPoint.newRangeQuery(COST_YEN, 0, request.maxCostYen()), Occur.FILTER);
        Query time = timeQuery(request);
        if (time != null) query.add(time, Occur.FILTER);
        return query.build();
    }

    /**
     * Occurrences lying inside the window of the day on one of the weekdays (any day when none is given). Lucene picks
     * how: from the slot points, which read every document of the country with a slot in the window, or by checking
     * the slots of each document another clause leads to (a circle's few hundred), whichever costs less.
     */
    private static @Nullable Query timeQuery(SearchRequest request) {
        if (request.weekdays().isEmpty() && request.from() == null && request.to() == null) return null;
        LocalTime from = request.from() == null ? LocalTime.MIN : request.from();
        LocalTime to = request.to() == null ? LocalTime.MAX : request.to();
        List<String> days = request.weekdays().isEmpty() ? SlotsWithinQuery.WEEKDAYS : request.weekdays();
        int[] starts = new int[days.size()];
        int[] ends = new int[days.size()];
        for (int i = 0; i < days.size(); i++) {
            starts[i] = SlotsWithinQuery.minuteOfWeek(days.get(i), from);
            ends[i] = SlotsWithinQuery.minuteOfWeek(days.get(i), to);
        }
        return new IndexOrDocValuesQuery(SlotsWithinQuery.onPoints(starts, ends), new SlotsWithinQuery(starts, ends));
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any.build();
    }

    private static @Nullable Sort sort(SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> null;
            case DISTANCE ->
                request.near() == null
                        ? null
                        // Sensitive places have no distance value, so they come after every other.
                        : new Sort(
                                LatLonDocValuesField.newDistanceSort(
                                        EXACT_LOCATION,
                                        request.near().lat(),
                                        request.near().lon()),
                                SortField.FIELD_SCORE);
            case NEXT_DATE -> {
                SortField next = new SortField(NEXT_START, SortField.Type.LONG);
                next.setMissingValue(Long.MAX_VALUE);
                yield new Sort(next, SortField.FIELD_SCORE);
            }
        };
    }

    private List<Hit> hits(IndexSearcher searcher, TopDocs top, SearchRequest request) throws IOException {
        List<String> terms = request.text() == null ? List.of() : TextQuery.terms(request.text());
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = request.page() * request.size(); i < docs.length; i++) {
            Document doc = searcher.storedFields().document(docs[i].doc);
            boolean areaOnly = Boolean.parseBoolean(doc.get(AREA_ONLY));
            Location location = doc.getField(LOCATION + "_lat") == null
                    ? null
                    : new Location(
                            doc.getField(LOCATION + "_lat").numericValue().doubleValue(),
                            doc.getField(LOCATION + "_lon").numericValue().doubleValue());
            Double distance = request.near() == null || location == null || areaOnly
                    ? null
                    : Math.round(request.near().distanceKm(location.toGeoPoint()) * 100) / 100.0;
            Number offerId = doc.getField(OFFER_ID) == null
                    ? null
                    : doc.getField(OFFER_ID).numericValue();
            hits.add(new Hit(
                    doc.get(DOC_TYPE),
                    offerId == null ? null : offerId.longValue(),
                    doc.getField(PLACE_ID).numericValue().longValue(),
                    doc.get(TITLE),
                    doc.get(PLACE_NAME),
                    doc.get(KIND),
                    doc.get(TYPE),
                    doc.get(MODE),
                    doc.get(STATUS),
                    areaOnly,
                    location,
                    distance,
                    List.of(doc.getValues(NEXT_DATES)),
                    Snippet.of(storedBody(doc), terms, SNIPPET_CHARS),
                    Float.isNaN(docs[i].score) ? 0 : docs[i].score));
        }
        return hits;
    }

    private static String storedBody(Document doc) {
        String body = doc.get(TextField.BODY.stored());
        return body == null ? "" : body;
    }

    private Map<String, List<FacetValue>> facets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult result)
            throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            FACET_FIELDS.forEach(f -> facets.put(f, List.of()));
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String field : FACET_FIELDS) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult top = dimensionOrNull(counts, field);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) values.add(new FacetValue(lv.label, lv.value.longValue()));
            }
            facets.put(field, values);
        }
        return facets;
    }

    private static @Nullable FacetResult dimensionOrNull(Facets counts, String field) throws IOException {
        try {
            return counts.getTopChildren(FACET_VALUES, field);
        } catch (IllegalArgumentException e) {
            return null; // no document has this dimension yet
        }
    }

    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) return current.state();
        try {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
            facetState = new FacetState(reader, state);
            return state;
        } catch (IllegalArgumentException e) {
            return null; // an empty index has no facet field yet
        }
    }
}
