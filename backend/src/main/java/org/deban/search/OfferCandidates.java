package org.deban.search;

import static org.deban.search.SearchFields.AREA_ONLY;
import static org.deban.search.SearchFields.DOC_TYPE;
import static org.deban.search.SearchFields.FAR_LOCATION;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
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
     * @param near with {@code radiusKm}: on-site offers within it; remote offers within {@code remoteRadiusKm}; those
     *     of sensitive places (whose indexed point is only their 地区's) within a margin more, for matching to measure
     * @param windows when not empty, offers with an occurrence inside one of them, and remote offers without dates
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
                List<Candidate> found = searcher.search(query, new AllCandidates());
                found.sort(Comparator.comparingDouble(Candidate::textScore).reversed());
                return found.size() > q.limit() ? List.copyOf(found.subList(0, Math.max(0, q.limit()))) : found;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every hit of a search, made by {@link Hits}. */
    private static final class AllCandidates implements CollectorManager<Hits, List<Candidate>> {
        @Override
        public Hits newCollector() {
            return new Hits();
        }

        @Override
        public List<Candidate> reduce(Collection<Hits> collectors) {
            List<Candidate> all = new ArrayList<>();
            for (Hits hits : collectors) all.addAll(hits.found);
            return all;
        }
    }

    /**
     * Every hit with its offer id (from doc values) and text score, in no order: matching ranks them itself, and a
     * top-k heap as large as the whole answer only costs.
     */
    private static final class Hits implements Collector {
        final List<Candidate> found = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), OFFER_ID);
            return new LeafCollector() {
                private @Nullable Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!ids.advanceExact(doc)) throw new IllegalStateException("an offer document without its id");
                    // The baseline 1 of the match-all clause is not the text's.
                    float score = scorer == null ? 1 : scorer.score();
                    found.add(new Candidate(ids.longValue(), Math.max(0, score - 1)));
                }
            };
        }
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
                            FAR_LOCATION, q.near().lat(), q.near().lon(), q.remoteRadiusKm() * 1000),
                    Occur.FILTER);
            where.add(remoteNear.build(), Occur.SHOULD);
            BooleanQuery.Builder areaOnly = new BooleanQuery.Builder();
            areaOnly.add(new TermQuery(new Term(AREA_ONLY, "true")), Occur.FILTER);
            areaOnly.add(
                    LatLonPoint.newDistanceQuery(
                            FAR_LOCATION, q.near().lat(), q.near().lon(), (q.radiusKm() + AREA_ONLY_MARGIN_KM) * 1000),
                    Occur.FILTER);
            where.add(areaOnly.build(), Occur.SHOULD);
            BooleanQuery.Builder remoteAreaOnly = new BooleanQuery.Builder();
            remoteAreaOnly.add(remote, Occur.FILTER);
            remoteAreaOnly.add(new TermQuery(new Term(AREA_ONLY, "true")), Occur.FILTER);
            remoteAreaOnly.add(
                    LatLonPoint.newDistanceQuery(
                            FAR_LOCATION,
                            q.near().lat(),
                            q.near().lon(),
                            (q.remoteRadiusKm() + AREA_ONLY_MARGIN_KM) * 1000),
                    Occur.FILTER);
            where.add(remoteAreaOnly.build(), Occur.SHOULD);
            query.add(where.build(), Occur.FILTER);
        }
        if (!q.windows().isEmpty()) {
            BooleanQuery.Builder when = new BooleanQuery.Builder();
            int[] from = new int[q.windows().size()];
            int[] to = new int[q.windows().size()];
            for (int i = 0; i < from.length; i++) {
                Window w = q.windows().get(i);
                int base = DAYS.indexOf(w.weekday()) * SearchDocument.MINUTES_PER_DAY;
                from[i] = base + minutes(w.from());
                to[i] = base + minutes(w.to());
            }
            if (q.near() != null) {
                // The circle leads: its documents' slots are checked one by one.
                when.add(new SlotsWithinQuery(from, to), Occur.SHOULD);
            } else {
                for (int i = 0; i < from.length; i++) {
                    when.add(IntRange.newWithinQuery(SLOT, new int[] {from[i]}, new int[] {to[i]}), Occur.SHOULD);
                }
            }
            // A remote role with no dates is done whenever the person can; one with dates is held to them.
            BooleanQuery.Builder flexible = new BooleanQuery.Builder();
            flexible.add(remote, Occur.FILTER);
            flexible.add(new FieldExistsQuery(SLOT), Occur.MUST_NOT);
            when.add(flexible.build(), Occur.SHOULD);
            query.add(when.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static int minutes(LocalTime time) {
        return time.equals(LocalTime.MAX) ? SearchDocument.MINUTES_PER_DAY : time.getHour() * 60 + time.getMinute();
    }
}
