package org.deban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Search and matching let Lucene check a time window either on the slot points or on each led-to document's slot doc
 * values: both must find the same offers, or a search's answer would depend on what else it asks.
 */
class SlotsWithinQueryTest {
    private static final int DAY = SearchDocument.MINUTES_PER_DAY;

    @Test
    void theDocValuesCheckFindsWhatTheSlotPointsFind() throws IOException {
        Random random = new Random(7);
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 2_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                    // Like SearchDocument: each occurrence as a range point and as a doc value; some have none.
                    for (int s = random.nextInt(5); s > 0; s--) {
                        int start = random.nextInt(7) * DAY + random.nextInt(DAY - 30);
                        int end = start + 15 + random.nextInt(Math.min(300, DAY - start % DAY - 14));
                        doc.add(new IntRange(SearchFields.SLOT, new int[] {start}, new int[] {end}));
                        doc.add(new SortedNumericDocValuesField(
                                SearchFields.SLOT, SlotsWithinQuery.encode(start, end)));
                    }
                    writer.addDocument(doc);
                    if (i % 500 == 499) writer.flush(); // several segments
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                int nonEmpty = 0;
                for (int q = 0; q < 200; q++) {
                    int windows = 1 + random.nextInt(3);
                    int[] from = new int[windows];
                    int[] to = new int[windows];
                    BooleanQuery.Builder points = new BooleanQuery.Builder();
                    for (int w = 0; w < windows; w++) {
                        from[w] = random.nextInt(7) * DAY + random.nextInt(DAY);
                        to[w] = Math.min(from[w] - from[w] % DAY + DAY, from[w] + random.nextInt(DAY / 2));
                        points.add(
                                IntRange.newWithinQuery(SearchFields.SLOT, new int[] {from[w]}, new int[] {to[w]}),
                                Occur.SHOULD);
                    }
                    Query slots = new SlotsWithinQuery(from, to);
                    Set<Integer> byPoints = docs(searcher, points.build());
                    assertThat(docs(searcher, slots)).as("windows %s", slots).isEqualTo(byPoints);
                    // Led by another clause, the doc values are only checked for the documents it leads to.
                    Query even = new TermQuery(new Term("half", "even"));
                    assertThat(docs(searcher, both(even, slots)))
                            .as("led by a filter, windows %s", slots)
                            .isEqualTo(docs(searcher, both(even, points.build())));
                    if (!byPoints.isEmpty()) nonEmpty++;
                }
                assertThat(nonEmpty).as("windows that find something").isGreaterThan(100);
            }
        }
    }

    private static Query both(Query lead, Query filter) {
        return new BooleanQuery.Builder()
                .add(lead, Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
        List<Integer> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) found.add(hit.doc);
        return new HashSet<>(found);
    }
}
