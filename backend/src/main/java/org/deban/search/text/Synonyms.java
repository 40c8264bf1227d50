package org.deban.search.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deban.search.text.JapaneseAnalysis.Forms;
import org.deban.search.text.JapaneseAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * Query-time synonyms, read from {@code search/synonyms.txt} (Solr format; the file's header explains it). Applied
 * to the query only, so the list can change without reindexing.
 *
 * <p>A member is recognised in a query two ways: by its kuromoji words (子供食堂 = 子供 + 食堂), and, when the query
 * word is written only in kana, by its reading (ｺﾄﾞﾓｼｮｸﾄﾞｳ, こどもしょくどう = コドモショクドウ, the reading of 子ども食堂).
 * The reading is not used for words with kanji: 慶弔 must not find 傾聴.
 */
final class Synonyms {

    /** Interchangeable words, each with its analysed forms. Equal groups are the same query concept. */
    record Group(List<String> members, List<Forms> forms) {}

    /** A stretch of query terms: a synonym member, or a single term when {@code group} is null. */
    record Span(List<String> terms, @Nullable Group group) {}

    /** A kana reading shorter than this is too ambiguous to stand for a word (え: 絵, 柄, 餌…). */
    private static final int MIN_READING_LENGTH = 2;

    private static final String RESOURCE = "/search/synonyms.txt";

    private final Map<List<String>, Group> byTerms;
    private final Map<String, Group> byReading;
    private final int longestKey;

    private Synonyms(Map<List<String>, Group> byTerms, Map<String, Group> byReading) {
        this.byTerms = Map.copyOf(byTerms);
        this.byReading = Map.copyOf(byReading);
        this.longestKey = byTerms.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The project's synonyms, read once. */
    static Synonyms standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Synonyms STANDARD = load();
    }

    private static Synonyms load() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads Solr-format lines: {@code a, b, c} makes the words interchangeable; {@code a, b => c, d} replaces a or b
     * by c and d in a query. A word listed on several lines gets the union of their words.
     */
    static Synonyms parse(List<String> lines) {
        Map<List<String>, Set<String>> termKeys = new LinkedHashMap<>();
        Map<String, Set<String>> readingKeys = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            List<String> from = entries(sides[0]);
            List<String> to = sides.length == 2 ? entries(sides[1]) : from;
            if (sides.length > 2 || from.isEmpty() || to.isEmpty()) {
                throw new IllegalArgumentException("synonyms line " + (i + 1) + " is malformed: " + line);
            }
            for (String word : from) {
                List<String> terms = terms(word);
                if (!terms.isEmpty()) {
                    termKeys.computeIfAbsent(terms, k -> new LinkedHashSet<>()).addAll(to);
                }
                String reading = JapaneseAnalysis.reading(word).replace(" ", "");
                if (isKanaWord(reading)) {
                    readingKeys
                            .computeIfAbsent(reading, k -> new LinkedHashSet<>())
                            .addAll(to);
                }
            }
        }
        Map<Set<String>, Group> groups = new HashMap<>();
        Map<List<String>, Group> byTerms = new HashMap<>();
        termKeys.forEach((key, members) -> byTerms.put(key, groups.computeIfAbsent(members, Synonyms::group)));
        Map<String, Group> byReading = new HashMap<>();
        readingKeys.forEach((key, members) -> byReading.put(key, groups.computeIfAbsent(members, Synonyms::group)));
        return new Synonyms(byTerms, byReading);
    }

    /** The group whose member reads exactly as this (katakana) reading, for query words written in kana. */
    Optional<Group> byReading(String reading) {
        return isKanaWord(reading) ? Optional.ofNullable(byReading.get(reading)) : Optional.empty();
    }

    /** Cuts query terms into synonym members, longest member first, and single terms in between. */
    List<Span> spans(List<String> terms) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start < terms.size()) {
            Span span = new Span(List.of(terms.get(start)), null);
            for (int length = Math.min(longestKey, terms.size() - start); length >= 1; length--) {
                List<String> candidate = List.copyOf(terms.subList(start, start + length));
                Group group = byTerms.get(candidate);
                if (group != null) {
                    span = new Span(candidate, group);
                    break;
                }
            }
            spans.add(span);
            start += span.terms().size();
        }
        return spans;
    }

    static List<String> terms(String text) {
        return JapaneseAnalysis.morphTokens(text).stream().map(Token::term).toList();
    }

    private static List<String> entries(String side) {
        List<String> entries = new ArrayList<>();
        for (String entry : side.split(",")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static Group group(Set<String> members) {
        List<String> words = List.copyOf(members);
        return new Group(words, words.stream().map(Forms::of).distinct().toList());
    }

    private static boolean isKanaWord(String reading) {
        return reading.codePointCount(0, reading.length()) >= MIN_READING_LENGTH
                && reading.codePoints().allMatch(SearchText::isKana);
    }
}
