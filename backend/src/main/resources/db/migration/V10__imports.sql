-- Imports of existing lists (CSV / Excel): one row per import, one item per list row that
-- created a place and its offer, so that the whole import can be undone.
CREATE TABLE import_run (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    account_id      bigint REFERENCES account (id),
    file_name       text,
    layout          text NOT NULL CHECK (layout IN ('DEBAN_TEMPLATE', 'PUBLIC_FACILITIES', 'CHILDREN_DINERS')),
    status          text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'UNDONE')),
    rows_total      int NOT NULL CHECK (rows_total >= 0),
    rows_done       int NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
    -- Per-row results (status, errors with column and reason, warnings); catalogue data only.
    report          jsonb NOT NULL DEFAULT '[]',
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    undone_at       timestamptz
);
CREATE INDEX import_run_organization_idx ON import_run (organization_id, id DESC);

-- What one list row created. No foreign keys to place/offer: undo deletes them and keeps the item.
-- The updated_at values tell whether someone edited the record after the import.
CREATE TABLE import_item (
    import_id           bigint NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    row_number          int NOT NULL,
    place_id            bigint NOT NULL,
    offer_id            bigint NOT NULL,
    place_updated_at    timestamptz NOT NULL,
    offer_updated_at    timestamptz NOT NULL,
    undone              boolean NOT NULL DEFAULT false,
    PRIMARY KEY (import_id, row_number)
);

-- Duplicate check of an import: a place's name as Duplicates compares it (NFKC, no spaces or
-- dashes, lower case). The expression must stay the same as in Duplicates.java.
CREATE INDEX place_name_key_idx
    ON place ((lower(regexp_replace(normalize(name, NFKC), '[\s\-‐－ー—―]', '', 'g'))));
