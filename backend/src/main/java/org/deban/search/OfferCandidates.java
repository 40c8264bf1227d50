package org.deban.search;

import static org.deban.search.SearchFields.AREA_ONLY;
import static org.deban.search.SearchFields.DOC_TYPE;
import static org.deban.search.SearchFields.LOCATION;
import static org.deban.search.SearchFields.MODE;
import static org.deban.search.SearchFields.OFFER_ID;
import static org.deban.search.SearchFields.SLOT;
import static org.deban.search.SearchFields.STATUS;
import static org.deban.search.SearchFields.TYPE;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.deban.gis.GeoPoint;
import org.deban.search.text.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * Candidate offers for matching: a superset of what may fit, cut down by the index (status, distance, time of day)
 * and ranked by how well the offer's text answers the person's strengths. Matching then checks every hard
 * constraint on the database's facts; this only has to never drop an offer that fits.
 */
@Singleton
public class OfferCandidates {
    /**
     * A sensitive place is indexed at its 地区's representative point, which may lie this far from the place itself:
     * such places are taken this much further out, for matching to measure on their real point.
     */
    static final double AREA_ONLY_MARGIN_KM = 20;

    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final SearchIndex index;
    private final SearchVocabulary vocabulary;

    OfferCandidates(SearchIndex index, SearchVocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
    }

    /** A weekday ({@code "THU"}) and a window of the day; {@link LocalTime#MAX} stands for 24:00. */
    public record Window(String weekday, LocalTime from, LocalTime to) {}

    /**
     * What may fit.
     *
     * @param text the person's strengths and interests: ranks, never filters
     * @param near with {@code radiusKm}: on-site offers within it; sensitive places (whose indexed point is only their
     *     地区's) within a margin more, for matching to measure; remote offers within {@code remoteRadiusKm}
     * @param windows when not empty, on-site offers with an occurrence inside one of them
     * @param includePaused also paused places (to count what relaxing STATUS would bring)
     */
    public record Request(
            @Nullable String text,
            @Nullable GeoPoint near,
            double radiusKm,
            double remoteRadiusKm,
            List<Window> windows,
            boolean includePaused,
            int limit) {}

    /** An offer that may fit, with how well its text answers the query text (0 when there is no text). */
    public record Candidate(long offerId, float textScore) {}

    public List<Candidate> find(Request q) {
        Query query = query(q);
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, q.limit()));
                Map<Integer, Long> ids = offerIds(searcher, top.scoreDocs);
                List<Candidate> found = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    // The baseline 1 of the match-all clause is not the text's.
                    found.add(new Candidate(ids.get(hit.doc), Math.max(0, hit.score - 1)));
                }
                return found;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hits' offer ids from doc values, read leaf by leaf in document order. */
    private static Map<Integer, Long> offerIds(IndexSearcher searcher, ScoreDoc[] scoreDocs) throws IOException {
        ScoreDoc[] hits = scoreDocs.clone();
        Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Long> ids = new HashMap<>(hits.length * 2);
        int leaf = -1;
        NumericDocValues values = null;
        for (ScoreDoc hit : hits) {
            int at = ReaderUtil.subIndex(hit.doc, leaves);
            if (at != leaf || values == null) {
                leaf = at;
                values = DocValues.getNumeric(leaves.get(at).reader(), OFFER_ID);
            }
            if (!values.advanceExact(hit.doc - leaves.get(at).docBase)) {
                throw new IllegalStateException("an offer document without its id");
            }
            ids.put(hit.doc, values.longValue());
        }
        return ids;
    }

    private Query query(Request q) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new MatchAllDocsQuery(), Occur.MUST);
        if (q.text() != null && !q.text().isBlank()) {
            TextQuery.build(q.text(), vocabulary.keywords()).ifPresent(text -> query.add(text, Occur.SHOULD));
        }
        query.add(new TermQuery(new Term(DOC_TYPE, IndexEntry.OFFER)), Occur.FILTER);
        query.add(new TermQuery(new Term(TYPE, "VENUE")), Occur.MUST_NOT);
        BooleanQuery.Builder status = new BooleanQuery.Builder();
        status.add(new TermQuery(new Term(STATUS, "ACTIVE")), Occur.SHOULD);
        if (q.includePaused()) status.add(new TermQuery(new Term(STATUS, "PAUSED")), Occur.SHOULD);
        query.add(status.build(), Occur.FILTER);
        Query remote = new TermQuery(new Term(MODE, "REMOTE"));
        if (q.near() != null) {
            BooleanQuery.Builder where = new BooleanQuery.Builder();
            where.add(
                    LatLonPoint.newDistanceQuery(
                            LOCATION, q.near().lat(), q.near().lon(), q.radiusKm() * 1000),
                    Occur.SHOULD);
            BooleanQuery.Builder remoteNear = new BooleanQuery.Builder();
            remoteNear.add(remote, Occur.FILTER);
            remoteNear.add(
                    LatLonPoint.newDistanceQuery(
                            LOCATION, q.near().lat(), q.near().lon(), q.remoteRadiusKm() * 1000),
                    Occur.FILTER);
            where.add(remoteNear.build(), Occur.SHOULD);
            BooleanQuery.Builder areaOnly = new BooleanQuery.Builder();
            areaOnly.add(new TermQuery(new Term(AREA_ONLY, "true")), Occur.FILTER);
            areaOnly.add(
                    LatLonPoint.newDistanceQuery(
                            LOCATION, q.near().lat(), q.near().lon(), (q.radiusKm() + AREA_ONLY_MARGIN_KM) * 1000),
                    Occur.FILTER);
            where.add(areaOnly.build(), Occur.SHOULD);
            query.add(where.build(), Occur.FILTER);
        }
        if (!q.windows().isEmpty()) {
            BooleanQuery.Builder when = new BooleanQuery.Builder();
            for (Window w : q.windows()) {
                int base = DAYS.indexOf(w.weekday()) * SearchDocument.MINUTES_PER_DAY;
                when.add(
                        IntRange.newWithinQuery(
                                SLOT, new int[] {base + minutes(w.from())}, new int[] {base + minutes(w.to())}),
                        Occur.SHOULD);
            }
            // Remote roles are often done whenever the person can: matching checks their dates itself.
            when.add(remote, Occur.SHOULD);
            query.add(when.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static int minutes(LocalTime time) {
        return time.equals(LocalTime.MAX) ? SearchDocument.MINUTES_PER_DAY : time.getHour() * 60 + time.getMinute();
    }
}
