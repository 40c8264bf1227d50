package org.deban.interop;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deban.catalogue.organization.OrganizationService;
import org.deban.common.AuditLog;
import org.deban.common.AuditLog.Actor;
import org.deban.common.ConflictException;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.deban.common.ValidationException;
import org.deban.schedule.ScheduleService;
import org.jspecify.annotations.Nullable;

/**
 * Imports a list: reads it, maps every row, checks each against the catalogue's own rules and for
 * duplicates, and — unless it is a dry run — writes every good row, each in its own transaction, so
 * that the good rows are kept whatever the bad ones say. Progress is written as it goes.
 */
@Singleton
public class ImportService {
    /**
     * Rows written per transaction, and how often the rows-done count is written: often enough for a
     * progress bar, few enough commits to be cheap.
     */
    private static final int BATCH = 25;

    private final RowMapper mapper;
    private final Duplicates duplicates;
    private final ImportWriter writer;
    private final ImportStore store;
    private final OrganizationService organizations;
    private final RequestValidator requests;
    private final ScheduleService schedules;
    private final AuditLog audit;

    ImportService(
            RowMapper mapper,
            Duplicates duplicates,
            ImportWriter writer,
            ImportStore store,
            OrganizationService organizations,
            RequestValidator requests,
            ScheduleService schedules,
            AuditLog audit) {
        this.mapper = mapper;
        this.duplicates = duplicates;
        this.writer = writer;
        this.store = store;
        this.organizations = organizations;
        this.requests = requests;
        this.schedules = schedules;
        this.audit = audit;
    }

    /** Previews ({@code dryRun}) or runs an import of the file into the organisation's catalogue. */
    public ImportView importFile(
            long organization, byte[] file, @Nullable String fileName, boolean dryRun, Actor actor) {
        if (!organizations.exists(organization)) {
            throw new ValidationException(
                    List.of(new FieldError("organizationId", "NOT_FOUND", "団体 " + organization + " は存在しません")));
        }
        Table table = TableReader.read(file);
        Layout layout = Layout.detect(table.header())
                .orElseThrow(() -> TableReader.problem(
                        "UNKNOWN_LAYOUT",
                        "見出しの行から様式が分かりません。Deban のひな形（場所の名前・曜日 …）、公共施設一覧（名称・利用可能曜日 …）、"
                                + "子ども食堂一覧（名称・開催曜日 …）のどれかの見出しにしてください"));
        Map<Column, Integer> at = layout.positions(table.header());
        List<RowResult> rows = new ArrayList<>(table.rows().size());
        List<@Nullable Draft> drafts = new ArrayList<>(table.rows().size());
        for (Table.Row row : table.rows()) {
            RowMapper.Mapped mapped = mapper.map(layout, at, row);
            drafts.add(mapped.draft());
            rows.add(check(organization, layout, mapped));
        }
        rows = new ArrayList<>(duplicates.check(layout, rows));
        if (dryRun) return view(null, organization, layout, table.encoding(), fileName, "PREVIEW", rows);
        long id = store.start(organization, actor.id(), fileName, layout, rows.size());
        try {
            for (int from = 0; from < rows.size(); from += BATCH) {
                int to = Math.min(from + BATCH, rows.size());
                writeBatch(id, organization, layout, rows, drafts, from, to);
                store.progress(id, to);
            }
        } catch (RuntimeException e) {
            store.finish(id, "FAILED", rows);
            throw e;
        }
        store.finish(id, "DONE", rows);
        ImportView.Counts counts = ImportView.Counts.of(rows);
        audit.recordAlone(
                actor,
                "IMPORT",
                "import",
                String.valueOf(id),
                Map.of(
                        "organizationId",
                        organization,
                        "layout",
                        layout.name(),
                        "rows",
                        rows.size(),
                        "created",
                        counts.ok()));
        return view(id, organization, layout, table.encoding(), fileName, "DONE", rows);
    }

    public Optional<ImportView> get(long id) {
        return store.find(id);
    }

    public PageResponse<ImportView> list(@Nullable Long organization, PageRequest paging) {
        return store.list(organization, paging);
    }

    /**
     * Removes what the import created, row by row through the catalogue's services; rows edited since,
     * given another offer, or referred to a person are kept and listed with the reason.
     */
    public ImportView.Undo undo(long id, Actor actor) {
        ImportView found = store.find(id).orElseThrow(() -> new NotFoundException("import", id));
        if ("UNDONE".equals(found.status())) {
            throw new ConflictException("import-undone", "この取り込みはすでに取り消されています");
        }
        if ("RUNNING".equals(found.status())) {
            throw new ConflictException("import-running", "取り込みの途中です。終わってから取り消してください");
        }
        int removed = 0;
        List<ImportView.Kept> kept = new ArrayList<>();
        for (ImportStore.Item item : store.items(id)) {
            String why = writer.undo(id, item);
            if (why == null) removed++;
            else kept.add(new ImportView.Kept(item.row(), item.placeId(), why));
        }
        store.undone(id);
        audit.recordAlone(
                actor, "IMPORT_UNDONE", "import", String.valueOf(id), Map.of("removed", removed, "kept", kept.size()));
        return new ImportView.Undo(id, removed, kept);
    }

    /** Writes the good rows of rows[from, to) in one go, or one by one when any of them is refused. */
    private void writeBatch(
            long id,
            long organization,
            Layout layout,
            List<RowResult> rows,
            List<@Nullable Draft> drafts,
            int from,
            int to) {
        List<Integer> good = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (rows.get(i).status() == RowResult.Status.OK && drafts.get(i) != null) good.add(i);
        }
        if (good.isEmpty()) return;
        try {
            List<RowResult> written = writer.writeAll(
                    id,
                    organization,
                    good.stream().map(rows::get).toList(),
                    good.stream()
                            .map(i -> java.util.Objects.requireNonNull(drafts.get(i)))
                            .toList());
            for (int k = 0; k < good.size(); k++) rows.set(good.get(k), written.get(k));
        } catch (ValidationException refused) {
            for (int i : good)
                rows.set(
                        i,
                        write(id, organization, layout, rows.get(i), java.util.Objects.requireNonNull(drafts.get(i))));
        }
    }

    private RowResult write(long id, long organization, Layout layout, RowResult row, Draft draft) {
        try {
            return writer.write(id, organization, row, draft);
        } catch (ValidationException e) {
            // The catalogue's own rules refused what the preview let through (e.g. data changed meanwhile).
            return row.failed(ImportErrors.toColumns(layout, e.errors()));
        }
    }

    /** The row as the catalogue's validation sees it, before anything is written. */
    private RowResult check(long organization, Layout layout, RowMapper.Mapped mapped) {
        Draft draft = mapped.draft();
        if (draft == null) {
            return new RowResult(
                    mapped.row(),
                    RowResult.Status.ERROR,
                    mapped.name(),
                    mapped.address(),
                    null,
                    mapped.errors(),
                    mapped.warnings(),
                    null,
                    null);
        }
        List<FieldError> errors = new ArrayList<>(requests.check(draft.place(organization)));
        errors.addAll(requests.check(draft.offer(0L)));
        errors.addAll(schedules.validate(draft.schedule()));
        RowResult.Created created = new RowResult.Created(
                draft.kind(),
                draft.location(),
                draft.offerTitle(),
                draft.offerType(),
                schedules.describe(draft.schedule()));
        RowResult.Status status = errors.isEmpty() ? RowResult.Status.OK : RowResult.Status.ERROR;
        return new RowResult(
                mapped.row(),
                status,
                mapped.name(),
                mapped.address(),
                created,
                ImportErrors.toColumns(layout, errors),
                mapped.warnings(),
                null,
                null);
    }

    private static ImportView view(
            @Nullable Long id,
            long organization,
            Layout layout,
            String encoding,
            @Nullable String fileName,
            String status,
            List<RowResult> rows) {
        return new ImportView(
                id,
                organization,
                layout,
                encoding,
                fileName,
                status,
                rows.size(),
                rows.size(),
                ImportView.Counts.of(rows),
                null,
                null,
                null,
                rows);
    }
}
