/**
 * Japanese text analysis for search: normalisation, the indexed text fields and their analysis chains, query-time
 * synonyms, the free-text query and snippets. Lucene types are used here and in the search package only.
 */
@NullMarked
package org.deban.search.text;

import org.jspecify.annotations.NullMarked;
