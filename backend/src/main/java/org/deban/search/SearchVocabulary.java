package org.deban.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.deban.search.text.Keyword;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared vocabulary a search matches against the codes each document carries: Japanese words for the kinds,
 * types and modes, and the tags with their labels and synonyms. Documents do not repeat these words (most of a
 * document's text would be the same few strings), and a synonym added to a tag finds documents without a reindex.
 */
@Singleton
public class SearchVocabulary {
    private static final Logger LOG = LoggerFactory.getLogger(SearchVocabulary.class);

    /** Japanese words for the enumerations, so "サロン" or "ボランティア" find them. */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            SearchFields.KIND,
            Map.of(
                    "SALON", "サロン ふれあいサロン",
                    "COMMUNITY_DINER", "子ども食堂 地域食堂",
                    "FREE_SPACE", "フリースペース 居場所",
                    "GATHERING_PLACE", "通いの場 集いの場",
                    "WELFARE_FACILITY", "福祉施設",
                    "COMMUNITY_HALL", "公民館 集会所",
                    "VENUE", "会場",
                    "OFFICE", "事務所"),
            SearchFields.TYPE,
            Map.of(
                    "PARTICIPATION", "参加",
                    "VOLUNTEER_ROLE", "ボランティア 役割",
                    "WORK_EXPERIENCE", "就労体験 仕事体験"),
            SearchFields.MODE,
            Map.of("REMOTE", "オンライン 在宅"));

    /** How long a loaded tag list is used before it is read again. */
    private static final long RELOAD_MILLIS = 5_000;

    private final DataSource dataSource;
    private volatile List<Keyword> keywords = List.of();
    private volatile long loadedAt;

    SearchVocabulary(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** The words of an enumeration value (kind, type or mode), or null if it has none. */
    public static @Nullable String words(String code) {
        for (Map<String, String> words : WORDS.values()) {
            if (words.containsKey(code)) return words.get(code);
        }
        return null;
    }

    /** Every keyword: the enumerations' and the tags' as of at most {@value #RELOAD_MILLIS} ms ago. */
    List<Keyword> keywords() {
        if (System.currentTimeMillis() - loadedAt > RELOAD_MILLIS) reload();
        return keywords;
    }

    private synchronized void reload() {
        if (System.currentTimeMillis() - loadedAt <= RELOAD_MILLIS) return;
        List<Keyword> all = new ArrayList<>();
        WORDS.forEach((field, words) -> words.forEach((code, text) -> all.add(new Keyword(field, code, text))));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT code, label_ja, synonyms FROM tag ORDER BY code");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                all.add(new Keyword(SearchFields.TAG, rs.getString(1), rs.getString(2) + " " + join(rs.getArray(3))));
            }
        } catch (SQLException e) {
            // Search answers from its own index: with the database away it keeps the words it had.
            LOG.warn("cannot read the tag vocabulary, keeping the last one read: {}", e.toString());
            loadedAt = System.currentTimeMillis();
            if (keywords.isEmpty()) keywords = List.copyOf(all);
            return;
        }
        keywords = List.copyOf(all);
        loadedAt = System.currentTimeMillis();
    }

    private static String join(@Nullable Array array) throws SQLException {
        return array == null ? "" : String.join(" ", (String[]) array.getArray());
    }
}
