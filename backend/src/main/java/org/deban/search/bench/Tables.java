package org.deban.search.bench;

import java.util.List;
import org.deban.search.bench.QueryMix.Kind;
import org.deban.search.bench.SearchBenchmark.Report;
import org.deban.search.bench.Timing.Stats;

/** The benchmark's results as markdown, ready for docs/performance.md. */
final class Tables {
    private Tables() {}

    static String markdown(List<Report> reports, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("\n").append(machine).append("\n\n");
        md.append("| offers | search documents | full reindex | index size | bench_doc build (PostgreSQL) |"
                        + " bench_doc + indexes | write-to-searchable, median (min–max) of ")
                .append(reports.getFirst().writeMillis().length)
                .append(" |\n|---|---|---|---|---|---|---|\n");
        for (Report r : reports) {
            double[] w = r.writeMillis();
            md.append("| %,d | %,d | %.1f s | %.0f MB | %.1f s | %.0f MB | %.0f ms (%.0f–%.0f) |\n"
                    .formatted(
                            r.offers(),
                            r.documents(),
                            r.reindexSeconds(),
                            r.indexBytes() / 1e6,
                            r.pgBuildSeconds(),
                            r.pgBytes() / 1e6,
                            Timing.percentile(w, 0.5),
                            w[0],
                            w[w.length - 1]));
        }
        md.append("\n| offers | queries (all with facets) | Lucene p50 | Lucene p99 | Lucene q/s, 2 threads |"
                + " PostgreSQL p50 | PostgreSQL p99 | PostgreSQL q/s, 2 threads | PostgreSQL p50 / Lucene p50 |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Report r : reports) {
            for (Kind kind : Kind.values()) {
                Stats l = r.lucene().get(kind);
                Stats p = r.postgres().get(kind);
                md.append("| %,d | %s | %s | %s | %.0f | %s | %s | %.1f | %.1f× |\n"
                        .formatted(
                                r.offers(),
                                kind.label,
                                ms(l.p50()),
                                ms(l.p99()),
                                l.perSecond(),
                                ms(p.p50()),
                                ms(p.p99()),
                                p.perSecond(),
                                p.p50() / l.p50()));
            }
        }
        md.append("\n| offers | overlap check: radius queries | documents found by both / by either |"
                + " first page of 50 in common | kind & weekday facets identical |\n|---|---|---|---|---|\n");
        for (Report r : reports) {
            Overlap.Summary o = r.overlap();
            md.append("| %,d | %d | %,d / %,d (%s) | %d / %d | %d / %d |\n"
                    .formatted(
                            r.offers(),
                            o.queries(),
                            o.common(),
                            o.lucene() + o.postgres() - o.common(),
                            o.lucene() + o.postgres() == 0 ? "none found" : "%.0f %%".formatted(100 * o.jaccard()),
                            o.topCommon(),
                            o.topCompared(),
                            o.facetsEqual(),
                            o.queries()));
        }
        md.append(
                "\n| offers | radius queries | index | whole answer | top 50 and total (no facets, no hits) |"
                        + " count only | filters alone (no text), count | PostgreSQL p50 |\n|---|---|---|---|---|---|---|---|\n");
        for (Report r : reports) {
            for (Breakdown.Row b : r.breakdown()) {
                double pg = r.postgres().get(b.kind()).p50();
                md.append("| %,d | %s | %s | %s | %s | %s | %s | %s |\n"
                        .formatted(
                                r.offers(),
                                b.kind().label,
                                b.index(),
                                Double.isNaN(b.whole()) ? "—" : withRatio(b.whole(), pg),
                                withRatio(b.top(), pg),
                                withRatio(b.count(), pg),
                                withRatio(b.filters(), pg),
                                ms(pg)));
            }
        }
        return md.toString();
    }

    /** A Lucene time and how many times faster than PostgreSQL's it is. */
    private static String withRatio(double millis, double postgres) {
        return "%s (%.1f×)".formatted(ms(millis), postgres / millis);
    }

    private static String ms(double millis) {
        if (millis < 1) return "%.3f ms".formatted(millis);
        return millis < 10 ? "%.2f ms".formatted(millis) : "%.0f ms".formatted(millis);
    }
}
