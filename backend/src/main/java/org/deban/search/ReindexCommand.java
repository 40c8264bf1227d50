package org.deban.search;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import org.deban.common.ProgressBar;

/**
 * {@code ./deban reindex}: rebuilds this machine's search index from PostgreSQL, showing progress.
 * A running Deban holds the index open: stop it first (it would also rebuild a missing or broken
 * index by itself at start).
 */
public final class ReindexCommand {
    private ReindexCommand() {}

    public static int run(String[] args) {
        PrintStream err = System.err;
        String dir = args.length == 2 && args[0].equals("--index-dir") ? args[1] : System.getenv("DEBAN_INDEX_DIR");
        if ((args.length != 0 && args.length != 2) || dir == null || dir.isBlank()) {
            err.println(
                    "usage: deban.jar reindex [--index-dir DIR]   (default $DEBAN_INDEX_DIR; ./deban reindex sets it)");
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .deduceEnvironment(false)
                .properties(Map.of("deban.search.index-dir", dir))
                .start()) {
            SearchIndexer indexer = context.getBean(SearchIndexer.class);
            long started = System.nanoTime();
            ProgressBar bar = new ProgressBar(err, indexer.documentsInDatabase());
            long documents = indexer.rebuild(bar::update);
            bar.finish();
            err.printf(
                    "search index rebuilt in %s: %,d documents in %.1f s, %,.1f MB%n",
                    dir,
                    documents,
                    (System.nanoTime() - started) / 1e9,
                    context.getBean(SearchIndex.class).sizeOnDisk() / 1e6);
            return 0;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof LockObtainFailedException)) cause = cause.getCause();
            if (cause instanceof LockObtainFailedException) {
                err.println("reindex: the index is in use by a running Deban: stop it first");
            } else {
                err.println("reindex: " + e + (cause == e ? "" : "\n  caused by: " + cause));
            }
            return 1;
        }
    }
}
