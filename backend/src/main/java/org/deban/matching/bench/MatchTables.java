package org.deban.matching.bench;

import java.util.List;
import org.deban.matching.bench.Latency.Stats;
import org.deban.matching.bench.MatchBenchmark.Report;

/** The matching benchmark's results as markdown, ready for docs/performance.md. */
final class MatchTables {
    private MatchTables() {}

    static String markdown(List<Report> reports, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("\n").append(machine).append("\n\n");
        md.append(
                "| offers | search documents | full reindex | open persons the main team sees |\n|---|---|---|---|\n");
        for (Report r : reports) {
            String reindex = Double.isNaN(r.reindexSeconds()) ? "— (kept)" : "%.1f s".formatted(r.reindexSeconds());
            md.append("| %,d | %,d | %s | %,d |\n".formatted(r.offers(), r.documents(), reindex, r.teamPersons()));
        }
        md.append("\n| offers | direction | Deban p50 | Deban p99 | Deban q/s, 2 threads | PostgreSQL p50 |"
                + " PostgreSQL p99 | PostgreSQL q/s, 2 threads | PostgreSQL / Deban, p50 | PostgreSQL / Deban, p99 |"
                + " fitting per query, Deban / PostgreSQL | same total |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Report r : reports) {
            row(md, r.offers(), "person → offers (reach)", r.match(), r.matchPg(), r.matchAgree());
            row(md, r.offers(), "offer → persons (one team)", r.candidates(), r.candidatesPg(), r.candidatesAgree());
        }
        return md.toString();
    }

    private static void row(StringBuilder md, long offers, String label, Stats d, Stats p, int[] agree) {
        md.append("| %,d | %s | %s | %s | %.0f | %s | %s | %.0f | %.1f× | %.1f× | %.0f / %.0f | %d / %d |\n"
                .formatted(
                        offers,
                        label,
                        ms(d.p50()),
                        ms(d.p99()),
                        d.perSecond(),
                        ms(p.p50()),
                        ms(p.p99()),
                        p.perSecond(),
                        p.p50() / d.p50(),
                        p.p99() / d.p99(),
                        d.meanFound(),
                        p.meanFound(),
                        agree[0],
                        agree[1]));
    }

    private static String ms(double millis) {
        return millis < 10 ? "%.2f ms".formatted(millis) : "%.0f ms".formatted(millis);
    }
}
