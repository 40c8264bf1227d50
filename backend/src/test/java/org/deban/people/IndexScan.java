package org.deban.people;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * What a Lucene index directory holds, to look for a word in: the raw bytes of every file, and through Lucene every
 * indexed term, stored value and sorted doc value of every field (the files compress stored values and share term
 * prefixes, so their bytes alone may hide a word).
 */
record IndexScan(List<Path> files, List<String> values) {

    static IndexScan of(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<String> values = new ArrayList<>();
        try (FSDirectory fs = FSDirectory.open(directory);
                DirectoryReader reader = DirectoryReader.open(fs)) {
            for (LeafReaderContext leaf : reader.leaves()) values(leaf.reader(), values);
        }
        return new IndexScan(files, values);
    }

    private static void values(LeafReader reader, List<String> out) throws IOException {
        for (FieldInfo field : reader.getFieldInfos()) {
            Terms terms = reader.terms(field.name);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) out.add(field.name + ":" + text(term));
            }
            if (field.getDocValuesType() == DocValuesType.SORTED_SET) {
                SortedSetDocValues dv = reader.getSortedSetDocValues(field.name);
                for (long ord = 0; ord < dv.getValueCount(); ord++) out.add(field.name + ":" + text(dv.lookupOrd(ord)));
            } else if (field.getDocValuesType() == DocValuesType.SORTED) {
                SortedDocValues dv = reader.getSortedDocValues(field.name);
                for (int ord = 0; ord < dv.getValueCount(); ord++) out.add(field.name + ":" + text(dv.lookupOrd(ord)));
            }
        }
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document document = stored.document(doc);
            for (IndexableField f : document.getFields()) {
                if (f.stringValue() != null) out.add(f.name() + "=" + f.stringValue());
            }
        }
    }

    /** Bytes as ISO-8859-1, one char per byte: an ASCII word is found whatever encoding surrounds it. */
    private static String text(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.ISO_8859_1);
    }

    /** The files whose bytes contain the word (ASCII). */
    List<Path> filesWith(String word) throws IOException {
        List<Path> with = new ArrayList<>();
        for (Path file : files) {
            if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(word)) with.add(file);
        }
        return with;
    }

    List<String> valuesWith(String word) {
        return values.stream().filter(v -> v.contains(word)).toList();
    }
}
