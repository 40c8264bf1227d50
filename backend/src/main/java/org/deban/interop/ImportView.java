package org.deban.interop;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An import as the API shows it: its progress (rows done of total, for a progress bar) and the
 * result of every row. A dry run has no id and writes nothing.
 *
 * @param status {@code PREVIEW} (dry run), {@code RUNNING}, {@code DONE}, {@code FAILED} or {@code UNDONE}
 * @param encoding how the file was read: {@code UTF-8}, {@code UTF-8 (BOM)}, {@code Shift_JIS (CP932)} or {@code xlsx}
 * @param rows every row's result; empty in lists of imports
 */
@Serdeable
public record ImportView(
        @Nullable Long id,
        long organizationId,
        Layout layout,
        @Nullable String encoding,
        @Nullable String fileName,
        String status,
        int rowsTotal,
        int rowsDone,
        Counts counts,
        @Nullable Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable Instant undoneAt,
        List<RowResult> rows) {

    /** Rows by outcome; {@code warnings} counts rows with at least one warning, whatever their status. */
    @Serdeable
    public record Counts(int ok, int errors, int duplicates, int warnings) {
        static Counts of(List<RowResult> rows) {
            int ok = 0, errors = 0, duplicates = 0, warnings = 0;
            for (RowResult row : rows) {
                switch (row.status()) {
                    case OK -> ok++;
                    case ERROR -> errors++;
                    case DUPLICATE -> duplicates++;
                }
                if (!row.warnings().isEmpty()) warnings++;
            }
            return new Counts(ok, errors, duplicates, warnings);
        }
    }

    /** What undoing removed, and the rows kept because someone changed or uses them since. */
    @Serdeable
    public record Undo(long id, int removed, List<Kept> kept) {}

    @Serdeable
    public record Kept(int row, long placeId, String reason) {}
}
