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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.deban.gis.GeoPoint;
import org.deban.search.text.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * Candidate offers for matching: a superset of what may fit, cut down by the index (status, distance, time of day).
 * Matching then checks every hard constraint on the database's facts; this only has to never drop an offer that fits.
 * How well an offer's text answers the person's strengths is asked afterwards, of the offers that fit.
 */
@Singleton
public class OfferCandidates {
    /**
     * A sensitive place is indexed at its 地区's representative point, which may lie this far from the place itself:
     * such places are taken this much further out, for matching to measure on their real point.
     */
    static final double AREA_ONLY_MARGIN_KM = 20;

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
     * @param near with {@code radiusKm}: on-site offers within it; remote offers within {@code remoteRadiusKm}; those
     *     of sensitive places (whose indexed point is only their 地区's) within a margin more, for matching to measure
     * @param windows when not empty, offers with an occurrence inside one of them, and remote offers without dates
     * @param includePaused also paused places (to count what relaxing STATUS would bring)
     * @param limit at most this many, in no particular order: a guard against a runaway query, never reached by one
     *     bounded by reach
     */
    public record Request(
            @Nullable GeoPoint near,
            double radiusKm,
            double remoteRadiusKm,
            List<Window> windows,
            boolean includePaused,
            int limit) {}

    /** What may fit, found in one view of the index; the view is held until this is closed. */
    public Found find(Request q) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                List<Hit> hits = searcher.search(query(q), new AllHits());
                if (hits.size() > q.limit()) hits = hits.subList(0, Math.max(0, q.limit()));
                return new Found(searcher, hits);
            } catch (IOException | RuntimeException e) {
                index.release(searcher);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An offer found, and where its document is in the view of the index that found it. */
    private record Hit(long offerId, int leaf, int doc) {}

    /**
     * The offers found. How well their text answers a person's strengths is asked afterwards, for those that fit: most
     * candidates do not, and scoring text is most of what a search costs.
     */
    public final class Found implements AutoCloseable {
        private final IndexSearcher searcher;
        private final List<Hit> hits;

        private Found(IndexSearcher searcher, List<Hit> hits) {
            this.searcher = searcher;
            this.hits = hits;
        }

        public List<Long> offerIds() {
            return hits.stream().map(Hit::offerId).toList();
        }

        /**
         * How well each of these found offers' text answers {@code text}, as search ranks it ({@link TextQuery}); an
         * offer whose text answers nothing is left out. Only the index segments holding these offers are searched.
         */
        public Map<Long, Float> textScores(String text, Collection<Long> offerIds) {
            Map<Long, Float> scores = new HashMap<>();
            if (text.isBlank() || offerIds.isEmpty()) return scores;
            Optional<Query> query = TextQuery.build(text, vocabulary.keywords());
            if (query.isEmpty()) return scores;
            Set<Long> wanted = new HashSet<>(offerIds);
            Map<Integer, List<Hit>> byLeaf = new TreeMap<>();
            for (Hit hit : hits) {
                if (wanted.contains(hit.offerId()))
                    byLeaf.computeIfAbsent(hit.leaf(), k -> new ArrayList<>()).add(hit);
            }
            try {
                Weight weight = searcher.createWeight(searcher.rewrite(query.get()), ScoreMode.COMPLETE, 1);
                for (Map.Entry<Integer, List<Hit>> leaf : byLeaf.entrySet()) {
                    Scorer scorer = weight.scorer(searcher.getLeafContexts().get(leaf.getKey()));
                    if (scorer == null) continue;
                    DocIdSetIterator matching = scorer.iterator();
                    List<Hit> inLeaf = leaf.getValue();
                    inLeaf.sort(Comparator.comparingInt(Hit::doc));
                    for (Hit hit : inLeaf) {
                        int doc = matching.docID() < hit.doc() ? matching.advance(hit.doc()) : matching.docID();
                        if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                        if (doc == hit.doc()) scores.put(hit.offerId(), scorer.score());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return scores;
        }

        @Override
        public void close() {
            try {
                index.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every hit with its offer id (from doc values), in index order: matching ranks them itself. */
    private static final class AllHits implements CollectorManager<HitCollector, List<Hit>> {
        @Override
        public HitCollector newCollector() {
            return new HitCollector();
        }

        @Override
        public List<Hit> reduce(Collection<HitCollector> collectors) {
            List<Hit> all = new ArrayList<>();
            for (HitCollector c : collectors) all.addAll(c.found);
            return all;
        }
    }

    private static final class HitCollector implements Collector {
        final List<Hit> found = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), OFFER_ID);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (!ids.advanceExact(doc)) throw new IllegalStateException("an offer document without its id");
                    found.add(new Hit(ids.longValue(), leaf.ord, doc));
                }
            };
        }
    }

    private Query query(Request q) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
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
                from[i] = SlotsWithinQuery.minuteOfWeek(w.weekday(), w.from());
                to[i] = SlotsWithinQuery.minuteOfWeek(w.weekday(), w.to());
            }
            // Near a home the circle leads: its documents' slots are checked one by one.
            when.add(
                    q.near() != null ? new SlotsWithinQuery(from, to) : SlotsWithinQuery.onPoints(from, to),
                    Occur.SHOULD);
            // A remote role with no dates is done whenever the person can; one with dates is held to them.
            BooleanQuery.Builder flexible = new BooleanQuery.Builder();
            flexible.add(remote, Occur.FILTER);
            flexible.add(new FieldExistsQuery(SLOT), Occur.MUST_NOT);
            when.add(flexible.build(), Occur.SHOULD);
            query.add(when.build(), Occur.FILTER);
        }
        return query.build();
    }
}
