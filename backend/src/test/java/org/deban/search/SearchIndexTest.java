package org.deban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    /**
     * A sensitive place has a point but no distance. Lucene wants a field indexed the same way in every document, so
     * the two must not share a field: a rebuild of a large catalogue failed on the first sensitive place written
     * after an exact one had reached a segment.
     */
    @Test
    void exactAndSensitivePlacesFollowEachOtherInAnySegment(@TempDir Path dir) throws IOException {
        SearchIndex index = new SearchIndex(dir.toString(), "Asia/Tokyo");
        try {
            index.add(place(1, false));
            index.refresh();
            index.add(place(2, true));
            index.refresh();
            index.add(place(3, false));
            index.refresh();

            IndexSearcher searcher = index.acquire();
            try {
                assertThat(searcher.count(new MatchAllDocsQuery())).isEqualTo(3);
            } finally {
                index.release(searcher);
            }
        } finally {
            index.close();
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsRebuiltAndOneOfThisLayoutKept(@TempDir Path dir) throws IOException {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            old.addDocument(new Document());
            old.setLiveCommitData(
                    Map.of(SearchIndex.HORIZON, "100", SearchIndex.LAYOUT, "1").entrySet());
            old.commit();
        }
        SearchIndex index = new SearchIndex(dir.toString(), "Asia/Tokyo");
        assertThat(index.fresh()).as("written by an older version").isTrue();
        index.add(place(1, false));
        index.commit("200");
        index.close();

        SearchIndex reopened = new SearchIndex(dir.toString(), "Asia/Tokyo");
        assertThat(reopened.fresh()).isFalse();
        assertThat(reopened.committedHorizon()).isEqualTo("200");
        reopened.close();
    }

    private static IndexEntry place(long id, boolean areaOnly) {
        return new IndexEntry(
                IndexEntry.PLACE,
                null,
                id,
                1,
                "居場所" + id,
                "居場所" + id,
                "居場所" + id,
                "",
                GeoPoint.of(35.2, 136.8),
                areaOnly,
                List.of(),
                "SALON",
                null,
                null,
                "ACTIVE",
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of());
    }
}
