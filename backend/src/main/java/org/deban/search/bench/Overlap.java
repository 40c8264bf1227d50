package org.deban.search.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.search.SearchRequest;
import org.deban.search.SearchResponse;
import org.deban.search.SearchService;
import org.deban.search.bench.QueryMix.Kind;

/**
 * Makes sure both engines do the same work before they are timed: for a few radius queries (whose matches are few
 * enough to list), Lucene and PostgreSQL must find mostly the same documents. Ranking ties are broken differently
 * (Lucene also weighs name over description), so the first pages are reported but not required to agree.
 */
final class Overlap {
    private static final int LISTED = 2000;
    private static final int QUERIES = 30;
    private static final double REQUIRED = 0.8;
    /** Fewer documents than this in all prove little either way: reported, not judged. */
    private static final int JUDGED_FROM = 20;

    /**
     * @param common documents both found, over the queries whose matches both could list
     * @param topCommon documents on both first pages of 50
     * @param facetsEqual queries whose kind and weekday facet counts are identical
     */
    record Summary(
            int queries, long lucene, long postgres, long common, int topCommon, int topCompared, int facetsEqual) {
        double jaccard() {
            long union = lucene + postgres - common;
            return union == 0 ? 1 : (double) common / union;
        }
    }

    private Overlap() {}

    static Summary check(
            SearchService search, PostgresSearch postgres, Map<Kind, List<SearchRequest>> mix, PrintStream err)
            throws Exception {
        List<SearchRequest> sample = new ArrayList<>();
        sample.addAll(mix.get(Kind.TEXT_RADIUS).subList(0, QUERIES * 2 / 3));
        sample.addAll(mix.get(Kind.TEXT_RADIUS_TIME).subList(0, QUERIES / 3));
        long lucene = 0;
        long pg = 0;
        long common = 0;
        int topCommon = 0;
        int topCompared = 0;
        int facetsEqual = 0;
        try (PostgresSearch.Session session = postgres.open()) {
            for (SearchRequest request : sample) {
                SearchRequest listed = QueryMix.withSize(request, LISTED);
                SearchResponse l = search.search(listed);
                PostgresSearch.Result p = session.search(listed);
                List<String> lKeys = l.items().stream()
                        .map(h -> h.offerId() == null ? "place:" + h.placeId() : "offer:" + h.offerId())
                        .toList();
                Set<String> both = new HashSet<>(lKeys);
                both.retainAll(new HashSet<>(p.keys()));
                if (l.total() <= LISTED && p.total() <= LISTED) {
                    lucene += lKeys.size();
                    pg += p.keys().size();
                    common += both.size();
                }
                Set<String> top = new HashSet<>(lKeys.subList(0, Math.min(QueryMix.PAGE, lKeys.size())));
                top.retainAll(
                        p.keys().subList(0, Math.min(QueryMix.PAGE, p.keys().size())));
                topCommon += top.size();
                topCompared +=
                        Math.min(QueryMix.PAGE, Math.min(lKeys.size(), p.keys().size()));
                boolean facets = facet(l, "kind").equals(p.facets().get("kind"))
                        && facet(l, "weekday").equals(p.facets().get("weekday"));
                if (facets) facetsEqual++;
                String differences = lKeys.stream()
                                .filter(k -> !p.keys().contains(k))
                                .findFirst()
                                .map(k -> ", e.g. only Lucene: " + k)
                                .orElse("")
                        + p.keys().stream()
                                .filter(k -> !lKeys.contains(k))
                                .findFirst()
                                .map(k -> ", e.g. only PostgreSQL: " + k)
                                .orElse("");
                err.printf(
                        "bench: overlap %s: Lucene %,d, PostgreSQL %,d, both %,d%s; first page both %d; facets %s%n",
                        QueryMix.describe(request),
                        l.total(),
                        p.total(),
                        both.size(),
                        differences,
                        top.size(),
                        facets
                                ? "equal"
                                : "differ " + facet(l, "kind") + " / "
                                        + p.facets().get("kind"));
            }
        }
        Summary summary = new Summary(sample.size(), lucene, pg, common, topCommon, topCompared, facetsEqual);
        if (summary.lucene() + summary.postgres() - summary.common() >= JUDGED_FROM && summary.jaccard() < REQUIRED) {
            throw new IllegalStateException(
                    "Lucene and PostgreSQL do not find the same documents (overlap %.2f):".formatted(summary.jaccard())
                            + " the comparison would not be of equivalent work");
        }
        return summary;
    }

    private static Map<String, Long> facet(SearchResponse response, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        response.facets().getOrDefault(name, List.of()).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }
}
