package org.deban.search.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.deban.areas.AreaLayerKind;
import org.deban.search.SearchRequest;
import org.deban.search.SearchVocabulary;
import org.deban.search.text.SearchText;
import org.deban.search.text.TextQuery;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The searches of {@link QueryMix} answered by PostgreSQL alone, as well as we know how: the baseline Lucene is
 * measured against.
 *
 * <p>Text: one row per search document in {@code bench_doc} (offers and places, as in the index) holding the text a
 * search matches (its own, and the words of its kind and tags, which the index matches through {@link
 * SearchVocabulary}), normalised by {@link SearchText#normalize}, and the set of its characters and character
 * bigrams in a {@code text[]} with a GIN index. A query word (and each of its synonyms, from {@link TextQuery#terms})
 * is looked up by its bigrams ({@code grams @> …}; a one-character word by itself) and confirmed by {@code strpos}.
 * Why not pg_trgm: under the cluster's C.UTF-8 ctype it does extract trigrams from Japanese, but {@code LIKE
 * '%調理%'} gives it no trigram to look up, so every query with a one- or two-character word (絵, 畑, 調理, 受付,
 * 体操, 傾聴 …, most of what people type) reads the whole table. A bigram table {@code (doc, bigram)} under a B-tree
 * finds the same rows but stores a row per pair; GIN keeps one compressed posting list per bigram.
 *
 * <p>Filters use the catalogue's own tables and indexes: {@code ST_DWithin} on the GiST index of {@code place.geog}
 * (a sensitive place at its 地区's point, as in the index), the time window on {@code occurrence}. Results rank by
 * how many query words match; facets are {@code GROUP BY} over all matches, of the kind, area, weekday and tag
 * values stored with each row as the index stores them.
 */
final class PostgresSearch {
    private static final String AREAS = "ARRAY(SELECT pa.area_id FROM place_area pa JOIN area a ON a.id = pa.area_id"
            + " JOIN area_layer l ON l.code = a.layer WHERE pa.place_id = p.id"
            + " AND (p.sensitivity = 'EXACT' OR l.kind IN " + AreaLayerKind.COARSE_SQL + "))::text";
    private static final String OFFERS = "SELECT o.id, p.id, p.status, p.kind, o.type, o.mode,"
            + " concat_ws(' ', o.title, p.name, p.name_kana, o.description, o.strengths_wanted,"
            + "   array_to_string(o.strength_tags, ' '), org.name),"
            + " ARRAY(SELECT DISTINCT t FROM unnest(o.tags || p.tags) t)::text, " + AREAS + ","
            + " ARRAY(SELECT DISTINCT extract(isodow FROM c.date)::int FROM occurrence c"
            + "   WHERE c.offer_id = o.id AND NOT c.cancelled AND c.date >= ?)::text"
            + " FROM offer o JOIN place p ON p.id = o.place_id JOIN organization org ON org.id = p.organization_id"
            + " ORDER BY o.id";
    private static final String PLACES = "SELECT NULL, p.id, p.status, p.kind, NULL, NULL,"
            + " concat_ws(' ', p.name, p.name_kana, p.description, org.name), p.tags::text, " + AREAS + ", '{}'"
            + " FROM place p JOIN organization org ON org.id = p.organization_id ORDER BY p.id";

    /** A sensitive place is found at its 地区's point, never at its own (as in the index). */
    private static final String NEAR = " AND d.place_id IN ("
            + "SELECT p.id FROM place p WHERE p.sensitivity = 'EXACT'"
            + " AND ST_DWithin(p.geog, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?, false)"
            + " UNION ALL SELECT p.id FROM place p WHERE p.sensitivity = 'AREA_ONLY' AND p.public_area_id IN"
            + " (SELECT a.id FROM area a"
            + " WHERE ST_DWithin(a.label_point::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?, false)))";

    private static final String WHEN = " AND EXISTS (SELECT 1 FROM occurrence c WHERE c.offer_id = d.offer_id"
            + " AND NOT c.cancelled AND c.date >= ? AND extract(isodow FROM c.date)::int = ANY(?)"
            + " AND c.start_time >= ?::time AND c.end_time <= ?::time)";
    private static final List<String> FACETS = List.of("kind", "area", "weekday", "tag");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /** What a search found: the total, the keys of the page ({@code offer:ID}, {@code place:ID}) and the facets. */
    record Result(long total, List<String> keys, Map<String, Map<String, Long>> facets) {}

    private final DataSource dataSource;
    private final LocalDate today;

    PostgresSearch(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    /** (Re)builds {@code bench_doc} and its indexes from the catalogue; returns the documents written. */
    long build() throws SQLException {
        try (Connection write = dataSource.getConnection();
                Connection read = dataSource.getConnection()) {
            try (Statement s = write.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_doc");
                s.execute("CREATE TABLE bench_doc (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                        + " offer_id bigint, place_id bigint NOT NULL, status text NOT NULL, kind text NOT NULL,"
                        + " text text NOT NULL, grams text[] NOT NULL, tags text[] NOT NULL, areas bigint[] NOT NULL,"
                        + " weekdays int[] NOT NULL)");
                // Out of line and uncompressed: the rows a search reads stay narrow (text and facet values), and
                // the bigrams are read only by the index build. Compressed in the row, they took 60 % of the heap.
                s.execute("ALTER TABLE bench_doc ALTER grams SET STORAGE EXTERNAL");
            }
            Map<String, String> tagWords = tagWords(read);
            read.setAutoCommit(false); // a cursor: rows are streamed, not all held in memory
            long rows;
            CopyIn copy = write.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY bench_doc (offer_id, place_id, status, kind, text, grams, tags, areas, weekdays)"
                            + " FROM STDIN");
            try {
                rows = copyDocs(read, OFFERS, true, tagWords, copy) + copyDocs(read, PLACES, false, tagWords, copy);
                copy.endCopy();
            } finally {
                if (copy.isActive()) copy.cancelCopy();
            }
            read.commit();
            try (Statement s = write.createStatement()) {
                s.execute("SET maintenance_work_mem = '1GB'"); // a GIN build gathers its keys in memory
                s.execute("CREATE INDEX bench_doc_grams_idx ON bench_doc USING gin (grams)");
                s.execute("CREATE INDEX bench_doc_place_idx ON bench_doc (place_id)");
                // Finds the 地区 points near a point without measuring the distance to each of them.
                s.execute(
                        "CREATE INDEX IF NOT EXISTS bench_area_label_idx ON area USING gist ((label_point::geography))");
                s.execute("ANALYZE bench_doc");
            }
            return rows;
        }
    }

    /** Bytes of {@code bench_doc} with its indexes. */
    long sizeOnDisk() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('bench_doc')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long copyDocs(Connection read, String sql, boolean offers, Map<String, String> tagWords, CopyIn copy)
            throws SQLException {
        long rows = 0;
        StringBuilder out = new StringBuilder(1 << 20);
        try (PreparedStatement s = read.prepareStatement(sql)) {
            s.setFetchSize(5000);
            if (offers) s.setObject(1, today);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    StringBuilder text = new StringBuilder(rs.getString(7));
                    for (int column : new int[] {5, 6, 4}) {
                        String value = rs.getString(column);
                        String words = value == null ? null : SearchVocabulary.words(value);
                        if (words != null) text.append(' ').append(words);
                    }
                    String tags = rs.getString(8);
                    for (String tag : tags.substring(1, tags.length() - 1).split(",")) {
                        text.append(' ').append(tagWords.getOrDefault(tag, ""));
                    }
                    String normalized = SearchText.normalize(text.toString());
                    out.append(rs.getString(1) == null ? "\\N" : rs.getString(1))
                            .append('\t');
                    out.append(rs.getLong(2)).append('\t');
                    out.append(rs.getString(3)).append('\t');
                    out.append(rs.getString(4)).append('\t');
                    out.append(copyEscape(normalized)).append('\t');
                    out.append(copyEscape(arrayLiteral(docGrams(normalized)))).append('\t');
                    out.append(tags).append('\t');
                    out.append(rs.getString(9)).append('\t');
                    out.append(rs.getString(10)).append('\n');
                    rows++;
                    if (out.length() > 1 << 19) flush(out, copy);
                }
            }
        }
        flush(out, copy);
        return rows;
    }

    private static void flush(StringBuilder out, CopyIn copy) throws SQLException {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        out.setLength(0);
    }

    /** A connection for one thread's searches. */
    Session open() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement s = connection.createStatement()) {
            // Selectivity differs by orders of magnitude between words and places: plan every query for its
            // parameters, never reuse a generic plan. JIT compiling costs more than these queries gain from it.
            s.execute("SET plan_cache_mode = force_custom_plan");
            s.execute("SET jit = off");
            // Room for the bitmap of a common word's 250,000 rows: a lossy bitmap rechecks the bigrams of every row
            // on its pages (11.5 s instead of 3.5 s at 500k offers); and for the facets' GROUP BY.
            s.execute("SET work_mem = '64MB'");
            // The planner cannot tell a word's frequency from its bigrams (it multiplies theirs), and a sequential
            // scan would test the out-of-line bigrams of every row. A bitmap over the bigram index, even of most
            // of the table, reads the same pages in order without that.
            s.execute("SET enable_seqscan = off");
        }
        return new Session(connection);
    }

    final class Session implements AutoCloseable {
        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        Result search(SearchRequest request) throws SQLException {
            List<List<String>> words = wordGroups(request.text() == null ? "" : request.text());
            if (words.isEmpty()) throw new IllegalArgumentException("no searchable text: " + request.text());
            // The bigrams only select candidates through the index (never rechecked on the wide grams column);
            // strpos confirms them: a text containing a word contains its bigrams, so the two agree. Near a point
            // the bigrams are left out: 5 km hold far fewer documents than any word, so the places found by the
            // GiST index lead and strpos checks their documents. Offered the bigram index there, the planner
            // took it when it underestimated a word (it multiplies the frequencies of a word's bigrams as if
            // they were independent: 1 row expected for フードバンク, 3,635 found) and spent a second on a
            // nested loop that re-ran the radius query for every candidate.
            List<Object> lookups = new ArrayList<>();
            List<Object> terms = new ArrayList<>();
            List<String> found = new ArrayList<>();
            for (List<String> alternatives : words) {
                List<String> any = new ArrayList<>();
                for (String term : alternatives) {
                    lookups.add(connection.createArrayOf("text", termGrams(term).toArray()));
                    terms.add(term);
                    any.add("strpos(d.text, ?) > 0");
                }
                found.add("(" + String.join(" OR ", any) + ")");
            }
            List<Object> params = new ArrayList<>();
            String score = "1";
            if (words.size() > 1) {
                score = String.join(" + ", found.stream().map(f -> f + "::int").toList());
                params.addAll(terms);
            }
            StringBuilder where = new StringBuilder("d.status = 'ACTIVE'");
            if (request.near() == null) {
                where.append(" AND (")
                        .append(String.join(" OR ", Collections.nCopies(lookups.size(), "d.grams @> ?")))
                        .append(")");
                params.addAll(lookups);
            }
            where.append(" AND (").append(String.join(" OR ", found)).append(")");
            params.addAll(terms);
            if (request.near() != null) {
                where.append(NEAR);
                for (int i = 0; i < 2; i++) {
                    params.addAll(List.of(request.near().lon(), request.near().lat(), request.radiusKm() * 1000));
                }
            }
            if (!request.weekdays().isEmpty() || request.from() != null || request.to() != null) {
                where.append(WHEN);
                List<String> days = request.weekdays().isEmpty() ? DAYS : request.weekdays();
                params.add(today);
                params.add(connection.createArrayOf(
                        "int", days.stream().map(d -> DAYS.indexOf(d) + 1).toArray()));
                params.add(time(request.from() == null ? LocalTime.MIN : request.from()));
                params.add(time(request.to() == null ? LocalTime.MAX : request.to()));
            }
            String sql = "WITH m AS MATERIALIZED (SELECT d.id, d.offer_id, d.place_id, d.kind, d.tags, d.areas,"
                    + " d.weekdays, " + score + " AS score FROM bench_doc d WHERE " + where + ")"
                    + " (SELECT 'hit', NULL, score::bigint, offer_id, place_id FROM m ORDER BY score DESC, id LIMIT ?)"
                    + " UNION ALL SELECT 'total', NULL, count(*), NULL, NULL FROM m"
                    + facet("kind", "kind")
                    + facet("area", "unnest(areas)")
                    + facet("weekday", "unnest(weekdays)")
                    + facet("tag", "unnest(tags)");
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object p : params) s.setObject(i++, p);
                s.setInt(i, (request.page() + 1) * request.size());
                return result(s);
            }
        }

        /** The 30 most frequent values of one facet over all matches. */
        private static String facet(String name, String values) {
            return " UNION ALL (SELECT '" + name + "', v::text, count(*), NULL, NULL FROM (SELECT " + values
                    + " AS v FROM m) f GROUP BY v ORDER BY 3 DESC, 2 LIMIT 30)";
        }

        private static Result result(PreparedStatement s) throws SQLException {
            long total = 0;
            List<String> keys = new ArrayList<>();
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            FACETS.forEach(f -> facets.put(f, new LinkedHashMap<>()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "hit" -> {
                            long offer = rs.getLong(4);
                            keys.add(rs.wasNull() ? "place:" + rs.getLong(5) : "offer:" + offer);
                        }
                        case "total" -> total = rs.getLong(3);
                        case "weekday" ->
                            facets.get("weekday").put(DAYS.get(Integer.parseInt(rs.getString(2)) - 1), rs.getLong(3));
                        default -> facets.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
            return new Result(total, keys, facets);
        }

        @Override
        public void close() throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("RESET ALL"); // the connection goes back to the app's pool
            }
            connection.close();
        }
    }

    /**
     * The words of a query (split at white space), each as its normalised alternatives: itself and its synonyms, as
     * the Lucene query expands them. An alternative containing a shorter one adds nothing (サロン finds ふれあいサロン).
     */
    static List<List<String>> wordGroups(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            List<String> terms = TextQuery.terms(word).stream()
                    .sorted((a, b) -> a.length() - b.length())
                    .toList();
            List<String> kept = new ArrayList<>();
            for (String term : terms) {
                if (kept.stream().noneMatch(term::contains)) kept.add(term);
            }
            if (!kept.isEmpty()) groups.add(kept);
        }
        return groups;
    }

    /** The distinct characters and character bigrams of a document's text (none across a space). */
    static List<String> docGrams(String text) {
        int[] cps = text.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == ' ') continue;
            grams.add(new String(cps, i, 1));
            if (i + 1 < cps.length && cps[i + 1] != ' ') grams.add(new String(cps, i, 2));
        }
        return new ArrayList<>(grams);
    }

    /** What a query term is looked up by: its bigrams, or the one character it is. */
    static List<String> termGrams(String term) {
        int[] cps = term.codePoints().toArray();
        if (cps.length == 1) return List.of(term);
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) grams.add(new String(cps, i, 2));
        return new ArrayList<>(grams);
    }

    private static String time(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00" : time.toString();
    }

    private static Map<String, String> tagWords(Connection c) throws SQLException {
        Map<String, String> words = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT code, label_ja || ' ' || array_to_string(synonyms, ' ') FROM tag")) {
            while (rs.next()) words.put(rs.getString(1), rs.getString(2));
        }
        return words;
    }

    private static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String v : values) {
            if (literal.length() > 1) literal.append(',');
            literal.append('"')
                    .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    private static String copyEscape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
