package org.deban.interop;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

/**
 * The {@code import_run} and {@code import_item} tables. Each call is its own short transaction, so
 * that progress written during an import is visible to whoever polls it.
 */
@Singleton
class ImportStore {
    private static final Argument<List<RowResult>> ROWS = Argument.listOf(RowResult.class);
    private static final String COLUMNS = "id, organization_id, layout, file_name, status, rows_total, rows_done,"
            + " created_at, finished_at, undone_at,"
            + " (SELECT count(*) FILTER (WHERE e->>'status' = 'OK') FROM jsonb_array_elements(report) e),"
            + " (SELECT count(*) FILTER (WHERE e->>'status' = 'ERROR') FROM jsonb_array_elements(report) e),"
            + " (SELECT count(*) FILTER (WHERE e->>'status' = 'DUPLICATE') FROM jsonb_array_elements(report) e),"
            + " (SELECT count(*) FILTER (WHERE jsonb_array_length(e->'warnings') > 0)"
            + " FROM jsonb_array_elements(report) e)";

    /** A row of an import that created a place and offer, with whether someone changed them since. */
    record Item(int row, long placeId, long offerId) {}

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    ImportStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    long start(long organization, @Nullable Long account, @Nullable String fileName, Layout layout, int total) {
        return jdbc.prepareStatement(
                "INSERT INTO import_run (organization_id, account_id, file_name, layout, status, rows_total)"
                        + " VALUES (?, ?, ?, ?, 'RUNNING', ?) RETURNING id",
                s -> {
                    s.setLong(1, organization);
                    if (account == null) s.setNull(2, Types.BIGINT);
                    else s.setLong(2, account);
                    s.setString(3, fileName);
                    s.setString(4, layout.name());
                    s.setInt(5, total);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    @Transactional
    void progress(long id, int done) {
        update("UPDATE import_run SET rows_done = ? WHERE id = ?", done, id);
    }

    @Transactional
    void finish(long id, String status, List<RowResult> rows) {
        update(
                "UPDATE import_run SET status = ?, rows_done = rows_total, report = ?::jsonb, finished_at = now()"
                        + " WHERE id = ?",
                status,
                write(rows),
                id);
    }

    /** Records what a row created, with their update times as they are now (to tell later edits apart). */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    void item(long id, int row, long place, long offer) {
        update(
                "INSERT INTO import_item (import_id, row_number, place_id, offer_id, place_updated_at, offer_updated_at)"
                        + " SELECT ?, ?, p.id, o.id, p.updated_at, o.updated_at FROM place p JOIN offer o ON o.place_id = p.id"
                        + " WHERE p.id = ? AND o.id = ?",
                id,
                row,
                place,
                offer);
    }

    @Transactional(readOnly = true)
    Optional<ImportView> find(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + ", report::text FROM import_run WHERE id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(view(rs, read(rs.getString(15)))) : Optional.empty();
            }
        });
    }

    @Transactional(readOnly = true)
    PageResponse<ImportView> list(@Nullable Long organization, PageRequest paging) {
        String where = " FROM import_run WHERE (CAST(? AS bigint) IS NULL OR organization_id = ?)";
        long total = jdbc.prepareStatement("SELECT count(*)" + where, s -> {
            bind(s, organization);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<ImportView> items =
                jdbc.prepareStatement("SELECT " + COLUMNS + where + " ORDER BY id DESC LIMIT ? OFFSET ?", s -> {
                    bind(s, organization);
                    s.setInt(3, paging.sizeOrDefault());
                    s.setLong(4, (long) paging.pageOrDefault() * paging.sizeOrDefault());
                    List<ImportView> views = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) views.add(view(rs, List.of()));
                    }
                    return views;
                });
        return new PageResponse<>(items, total, paging.pageOrDefault(), paging.sizeOrDefault());
    }

    @Transactional(readOnly = true)
    List<Item> items(long id) {
        return jdbc.prepareStatement(
                "SELECT row_number, place_id, offer_id FROM import_item WHERE import_id = ? AND NOT undone"
                        + " ORDER BY row_number",
                s -> {
                    s.setLong(1, id);
                    List<Item> items = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) items.add(new Item(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                    }
                    return items;
                });
    }

    /**
     * Why a row's place and offer may not be removed, or null: edited since the import, another offer
     * added to the place, or a referral made to the offer (a person's journey refers to it).
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    @Nullable
    String inUse(long id, Item item) {
        return jdbc.prepareStatement(
                "SELECT p.updated_at <> i.place_updated_at OR o.updated_at <> i.offer_updated_at,"
                        + " EXISTS (SELECT 1 FROM offer x WHERE x.place_id = p.id AND x.id <> o.id),"
                        + " EXISTS (SELECT 1 FROM referral r WHERE r.offer_id = o.id)"
                        + " FROM import_item i JOIN place p ON p.id = i.place_id JOIN offer o ON o.id = i.offer_id"
                        + " WHERE i.import_id = ? AND i.row_number = ? FOR UPDATE OF p, o",
                s -> {
                    s.setLong(1, id);
                    s.setInt(2, item.row());
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) return "取り込んだ場所がもうありません";
                        if (rs.getBoolean(1)) return "取り込んだ後に編集されています";
                        if (rs.getBoolean(2)) return "取り込んだ後に別の活動が追加されています";
                        if (rs.getBoolean(3)) return "この活動への紹介（つなぎ）が記録されています";
                        return null;
                    }
                });
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    void itemUndone(long id, int row) {
        update("UPDATE import_item SET undone = true WHERE import_id = ? AND row_number = ?", id, row);
    }

    @Transactional
    void undone(long id) {
        update("UPDATE import_run SET status = 'UNDONE', undone_at = now() WHERE id = ?", id);
    }

    private ImportView view(ResultSet rs, List<RowResult> rows) throws SQLException {
        return new ImportView(
                rs.getLong(1),
                rs.getLong(2),
                Layout.valueOf(rs.getString(3)),
                null,
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                new ImportView.Counts(rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14)),
                instant(rs, 8),
                instant(rs, 9),
                instant(rs, 10),
                rows);
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void bind(java.sql.PreparedStatement s, @Nullable Long organization) throws SQLException {
        if (organization == null) {
            s.setNull(1, Types.BIGINT);
            s.setNull(2, Types.BIGINT);
        } else {
            s.setLong(1, organization);
            s.setLong(2, organization);
        }
    }

    private String write(List<RowResult> rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<RowResult> read(String report) {
        try {
            return json.readValue(report, ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void update(String sql, Object... args) {
        jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            return s.executeUpdate();
        });
    }
}
