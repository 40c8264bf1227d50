package org.deban.search.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A real in-memory Lucene index of named documents, searched with {@link TextQuery}. */
final class TextIndex implements AutoCloseable {

    private static final String ID = "id";
    static final String CODE = "code";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Keyword> keywords;

    /** @param docs id → {name, body} */
    TextIndex(Map<String, List<String>> docs) throws IOException {
        this(docs, List.of());
    }

    /**
     * @param docs id → {name, body, codes of the keywords it carries…}
     * @param keywords keywords of the field {@value #CODE}
     */
    TextIndex(Map<String, List<String>> docs, List<Keyword> keywords) throws IOException {
        this.keywords = keywords;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (var entry : docs.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(ID, entry.getKey(), Field.Store.YES));
                TextFields.add(doc, entry.getValue().get(0), entry.getValue().get(1));
                for (String code : entry.getValue().subList(2, entry.getValue().size())) {
                    doc.add(new StringField(CODE, code, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** Ids of the matching documents, best first; none for a query with nothing searchable. */
    List<String> search(String userText) throws IOException {
        Optional<Query> query = TextQuery.build(userText, keywords);
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.get(), 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(ID));
        }
        return ids;
    }

    Set<String> matching(String userText) throws IOException {
        return new LinkedHashSet<>(search(userText));
    }

    String stored(String id, TextField field) throws IOException {
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(ID, id)), 1).scoreDocs) {
            return searcher.storedFields().document(hit.doc).get(field.stored());
        }
        throw new IllegalArgumentException(id);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
