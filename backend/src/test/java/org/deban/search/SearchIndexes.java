package org.deban.search;

import io.micronaut.context.BeanContext;

/** Test access to a running context's index, for tests in other packages that look at its files. */
public final class SearchIndexes {
    private SearchIndexes() {}

    /**
     * Stops the indexer and closes the index as a shutdown does: what was applied is committed and every file is
     * written. The context can search no more afterwards.
     */
    public static void close(BeanContext context) {
        context.destroyBean(SearchIndexer.class);
        context.destroyBean(SearchIndex.class);
    }
}
