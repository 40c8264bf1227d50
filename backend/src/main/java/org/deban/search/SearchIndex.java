package org.deban.search;

import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's Lucene index: one writer, near-real-time searchers, and in each commit the
 * outbox horizon it has applied up to (so a restart catches up instead of rebuilding). An index
 * that is missing, unreadable or written by a version with other fields is recreated empty and
 * reported as such; the indexer then rebuilds it from PostgreSQL.
 */
@Singleton
class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    static final String HORIZON = "outbox-horizon";

    /**
     * The layout of the documents, in each commit. Raise it whenever a field changes how it is indexed: an index of
     * another layout is rebuilt rather than mixed with the new one (Lucene refuses a field indexed two ways).
     */
    static final String LAYOUT = "layout";

    static final String CURRENT_LAYOUT = "5";

    private final Path path;
    private final boolean temporary;
    private final ZoneId zone;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean fresh;

    SearchIndex(
            @Property(name = "deban.search.index-dir") @Nullable String indexDir,
            @Property(name = "deban.zone") String zone) {
        this.temporary = indexDir == null || indexDir.isBlank();
        this.zone = ZoneId.of(zone);
        try {
            this.path = temporary ? Files.createTempDirectory("deban-index-") : Path.of(indexDir);
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            this.fresh = !readable(directory);
            if (fresh) removeIndexFiles(directory);
            IndexWriterConfig config = new IndexWriterConfig()
                    .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(128);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + indexDir, e);
        }
        LOG.info("search index in {} ({})", path, fresh ? "new: will be built from the database" : "existing");
    }

    /** True when the index had to be created: nothing in it can be trusted, rebuild it all. */
    boolean fresh() {
        return fresh;
    }

    /** The outbox horizon the last commit had applied up to, or null if none. */
    @Nullable
    String committedHorizon() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) return null;
        for (Map.Entry<String, String> entry : data) {
            if (entry.getKey().equals(HORIZON)) return entry.getValue();
        }
        return null;
    }

    void put(IndexEntry entry) throws IOException {
        writer.updateDocument(new Term(SearchFields.KEY, entry.key()), SearchDocument.of(entry, zone));
    }

    /** Adds a document known not to be in the index (a rebuild after {@link #deleteAll}): no delete to buffer. */
    void add(IndexEntry entry) throws IOException {
        writer.addDocument(SearchDocument.of(entry, zone));
    }

    void delete(Collection<String> keys) throws IOException {
        for (String key : keys) writer.deleteDocuments(new Term(SearchFields.KEY, key));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes what was written searchable (near-real-time, no fsync). */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Commits to disk with the horizon applied, so a restart resumes from there. */
    void commit(String horizon) throws IOException {
        writer.setLiveCommitData(
                Map.of(HORIZON, horizon, LAYOUT, CURRENT_LAYOUT).entrySet());
        writer.commit();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    long sizeOnDisk() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) size += directory.fileLength(file);
        return size;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        if (temporary) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Deletes what a broken index left (Lucene's own file names only: the directory may hold other files). */
    private static void removeIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (file.startsWith("segments") || file.startsWith("pending_segments") || file.startsWith("_")) {
                directory.deleteFile(file);
            }
        }
    }

    private static boolean readable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) return false;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String layout = reader.getIndexCommit().getUserData().get(LAYOUT);
                if (!CURRENT_LAYOUT.equals(layout)) {
                    LOG.info(
                            "the search index has layout {}, this version writes {}: it will be rebuilt",
                            layout,
                            CURRENT_LAYOUT);
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("the search index cannot be read ({}): it will be rebuilt", e.toString());
            return false;
        }
    }
}
