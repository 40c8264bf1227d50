package org.deban.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.deban.search.SearchRequest;
import org.deban.search.SearchService;
import org.deban.search.bench.QueryMix.Kind;

/**
 * Where a radius query's time goes: the service's whole answer, then less and less of it, down to the filters alone
 * (place, status, time; no text). Timed on the committed index as the rebuild left it, and on a copy merged into one
 * segment, to show what the number of segments costs. One thread, p50 after a warm-up.
 */
final class Breakdown {

    /** The p50 in ms of each part, for one kind of query on one form of the index. */
    record Row(Kind kind, String index, double whole, double top, double count, double filters) {}

    private Breakdown() {}

    static List<Row> measure(SearchService search, Map<Kind, List<SearchRequest>> mix, Path indexDir, PrintStream err)
            throws Exception {
        List<Row> rows = new ArrayList<>();
        Path merged = Files.createTempDirectory("deban-bench-merged-");
        try (Directory live = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(live)) {
            rows.addAll(parts(search, new IndexSearcher(reader), mix, true));
            err.printf(
                    "bench: merging a copy of the index (%d segments) into one%n",
                    reader.leaves().size());
            try (Directory copy = FSDirectory.open(merged)) {
                try (IndexWriter writer = new IndexWriter(copy, new IndexWriterConfig())) {
                    writer.addIndexes(reader.leaves().stream()
                            .map(LeafReaderContext::reader)
                            .map(CodecReader.class::cast)
                            .toArray(CodecReader[]::new));
                    writer.forceMerge(1);
                }
                try (DirectoryReader one = DirectoryReader.open(copy)) {
                    rows.addAll(parts(search, new IndexSearcher(one), mix, false));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(merged)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return rows;
    }

    /** The parts for the radius kinds; the whole answer only on the live index, which the service searches. */
    private static List<Row> parts(
            SearchService search, IndexSearcher searcher, Map<Kind, List<SearchRequest>> mix, boolean live)
            throws Exception {
        String index = "%d segment%s"
                .formatted(
                        searcher.getIndexReader().leaves().size(),
                        searcher.getIndexReader().leaves().size() == 1 ? "" : "s");
        List<Row> rows = new ArrayList<>();
        for (Kind kind : List.of(Kind.TEXT_RADIUS, Kind.TEXT_RADIUS_TIME)) {
            List<SearchRequest> requests = mix.get(kind);
            double whole = live ? p50(requests, r -> search.search(r).total()) : Double.NaN;
            double top = p50(
                    requests,
                    r -> searcher.search(search.query(r), QueryMix.PAGE)
                            .totalHits
                            .value());
            double count = p50(requests, r -> searcher.count(search.query(r)));
            double filters = p50(requests, r -> searcher.count(search.query(withoutText(r))));
            rows.add(new Row(kind, index, whole, top, count, filters));
        }
        return rows;
    }

    private interface Part {
        long run(SearchRequest request) throws IOException;
    }

    private static double p50(List<SearchRequest> requests, Part part) throws Exception {
        Timing.Searchers searchers = () -> part::run;
        Timing.warmUp(requests, searchers);
        return Timing.measure(requests, searchers, 1).p50();
    }

    private static SearchRequest withoutText(SearchRequest r) {
        return new SearchRequest(
                null,
                r.near(),
                r.radiusKm(),
                r.areaId(),
                r.weekdays(),
                r.from(),
                r.to(),
                r.kinds(),
                r.types(),
                r.mode(),
                r.roleLevel(),
                r.tags(),
                r.age(),
                r.accessibleOnly(),
                r.maxCostYen(),
                r.includePaused(),
                r.sort(),
                r.page(),
                r.size());
    }
}
