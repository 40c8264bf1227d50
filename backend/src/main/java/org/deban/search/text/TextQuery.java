package org.deban.search.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.deban.search.text.JapaneseAnalysis.Forms;
import org.deban.search.text.JapaneseAnalysis.Token;

/**
 * The free-text part of a search. The user's text is analysed like the documents, never parsed: quotes, brackets,
 * AND, *:* or \ are just characters. Only the first 200 characters are read, each query word contributes at most
 * 32 terms of each kind (its start), and concepts past {@value #MAX_QUERY_TERMS} terms in all are dropped (Lucene
 * refuses queries of more than 1024 clauses).
 *
 * <p>Scoring: the query is one optional clause per {@link Concept}; there is no minimum to match, so a word that the
 * catalogue never uses (得意) does not empty the result. Each concept scores a constant by where it is found, not
 * BM25: names and descriptions are short, and "how much of the query matches" is what people expect to rank by.
 * Weights keep one rule: a document matching two concepts, however weakly, scores above one matching a single
 * concept, however well (2 × {@link #BODY_GRAMS} > {@link #NAME_WORD} + tie-break).
 */
public final class TextQuery {

    /** A query word found as a word of the name: the name says what the place or role is. */
    static final float NAME_WORD = 1.5f;

    /** Found as a word of the body: descriptions also mention things in passing. */
    static final float BODY_WORD = 1.2f;

    /**
     * Found by reading or character bigrams in the name. Below any word match: a reading can be part of another
     * word's reading (マチ in ソブエマチ), and a word match is the surer one.
     */
    static final float NAME_GRAMS = 1.1f;

    /** Found by reading or character bigrams in the body. */
    static final float BODY_GRAMS = 1.0f;

    /**
     * Each further place a concept is found in adds this share of its weight: found in name and body beats found in
     * one of them, by less than a second concept would add (1.5 + 0.05 × 5.4 = 1.77 < 2).
     */
    static final float TIE_BREAKER = 0.05f;

    /** Budget of term lookups for a whole query, well under Lucene's limit of 1024 clauses. */
    static final int MAX_QUERY_TERMS = 512;

    private TextQuery() {}

    /** Analysed keyword words, shared by all queries (a vocabulary has a few hundred strings). */
    private static final Map<String, Forms> KEYWORD_FORMS = new ConcurrentHashMap<>();

    private static final int MAX_KEYWORD_FORMS = 10_000;

    /**
     * The query for a user's text; empty when nothing searchable is left (blank, only punctuation or symbols).
     *
     * @param keywords codes whose words a concept may be found in, like the words of a body
     */
    public static Optional<Query> build(String userText, List<Keyword> keywords) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int terms = 0;
        int clauses = 0;
        for (Concept concept : Concepts.of(userText, Synonyms.standard())) {
            Optional<Query> clause = conceptQuery(concept.forms(), keywords);
            if (clause.isEmpty()) {
                continue;
            }
            terms += countTerms(clause.get());
            if (terms > MAX_QUERY_TERMS && clauses > 0) {
                break;
            }
            query.add(clause.get(), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(query.build());
    }

    /** Normalised surface strings of the query and its synonyms, for {@link Snippet#of}. */
    public static List<String> terms(String userText) {
        Set<String> terms = new LinkedHashSet<>();
        for (Concept concept : Concepts.of(userText, Synonyms.standard())) {
            concept.highlightTerms().stream().filter(t -> !t.isBlank()).forEach(terms::add);
        }
        return List.copyOf(terms);
    }

    /** The best of the places a concept is found in, each a constant weight. */
    private static Optional<Query> conceptQuery(List<Forms> forms, List<Keyword> keywords) {
        List<Query> places = new ArrayList<>();
        for (TextField field : TextField.values()) {
            boolean name = field == TextField.NAME;
            weighted(anyOf(forms, f -> phrase(field.morph(), f.morph())), name ? NAME_WORD : BODY_WORD)
                    .ifPresent(places::add);
            weighted(anyOf(forms, f -> phrase(field.reading(), f.readingGrams())), name ? NAME_GRAMS : BODY_GRAMS)
                    .ifPresent(places::add);
            weighted(anyOf(forms, f -> phrase(field.bigram(), f.surfaceGrams())), name ? NAME_GRAMS : BODY_GRAMS)
                    .ifPresent(places::add);
        }
        // Keywords weigh as the body would: their words describe the document as its body does.
        keywordQuery(keywords, forms, Forms::morph, BODY_WORD).ifPresent(places::add);
        keywordQuery(keywords, forms, Forms::readingGrams, BODY_GRAMS).ifPresent(places::add);
        keywordQuery(keywords, forms, Forms::surfaceGrams, BODY_GRAMS).ifPresent(places::add);
        return places.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(places, TIE_BREAKER));
    }

    /** Documents carrying any keyword whose words contain one of the forms, compared in one analysis. */
    private static Optional<Query> keywordQuery(
            List<Keyword> keywords, List<Forms> forms, Function<Forms, List<Token>> analysis, float weight) {
        Set<Query> codes = new LinkedHashSet<>();
        for (Keyword keyword : keywords) {
            List<Token> words = analysis.apply(formsOf(keyword.words()));
            if (forms.stream().anyMatch(f -> contains(words, analysis.apply(f)))) {
                codes.add(new TermQuery(new Term(keyword.field(), keyword.code())));
            }
        }
        return weighted(any(codes), weight);
    }

    private static Forms formsOf(String words) {
        Forms forms = KEYWORD_FORMS.get(words);
        if (forms == null) {
            if (KEYWORD_FORMS.size() >= MAX_KEYWORD_FORMS) KEYWORD_FORMS.clear();
            forms = Forms.all(words);
            KEYWORD_FORMS.put(words, forms);
        }
        return forms;
    }

    /** Whether the tokens occur in the text in a row (with the same gaps), as {@link #phrase} would find them. */
    static boolean contains(List<Token> text, List<Token> tokens) {
        if (tokens.isEmpty()) return false;
        Token first = tokens.get(0);
        for (Token start : text) {
            if (!start.term().equals(first.term())) continue;
            int shift = start.position() - first.position();
            if (tokens.stream().allMatch(t -> text.contains(new Token(t.term(), t.position() + shift)))) return true;
        }
        return false;
    }

    private static Optional<Query> weighted(Optional<Query> query, float weight) {
        return query.map(q -> new BoostQuery(new ConstantScoreQuery(q), weight));
    }

    /** Any of the forms (synonyms) in one field; forms with nothing to look for are left out. */
    private static Optional<Query> anyOf(List<Forms> forms, Function<Forms, Optional<Query>> query) {
        Set<Query> alternatives = new LinkedHashSet<>();
        forms.forEach(f -> query.apply(f).ifPresent(alternatives::add));
        return any(alternatives);
    }

    /** Any of the queries: itself when there is one, nothing when there is none. */
    private static Optional<Query> any(Set<Query> queries) {
        if (queries.size() <= 1) return queries.stream().findFirst();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return Optional.of(any.build());
    }

    /**
     * Terms in a row: words with the gaps of the particles between them (絵が得意 = 絵 _ 得意), or bigrams, which
     * makes the query word a substring of the text's reading or characters (イナ ナザ ザワ in イナザワフレアイサロン).
     * Bigrams are never matched loosely: two bigrams out of three, in any order, matched 傾聴 (ケイチョウ) for 調理
     * (チョウリ).
     */
    private static Optional<Query> phrase(String field, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        if (tokens.size() == 1) {
            return Optional.of(new TermQuery(new Term(field, tokens.get(0).term())));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position() - first));
        return Optional.of(phrase.build());
    }

    private static int countTerms(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
}
