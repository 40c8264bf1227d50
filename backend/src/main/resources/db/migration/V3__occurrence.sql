-- Offers' schedules expanded to dated occurrences for the coming weeks, written in the same
-- transaction as the offer, so "free Thursday after 17:00" is a range query, not a scan.
CREATE TABLE occurrence (
    offer_id            bigint NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    date                date NOT NULL,
    start_time          time NOT NULL,
    end_time            time NOT NULL CHECK (end_time > start_time),
    kind                text NOT NULL CHECK (kind IN ('REGULAR', 'EVENT')),
    title               text,
    expected_headcount  int,
    crowded             boolean NOT NULL,
    cancelled           boolean NOT NULL,
    cancellation_reason text,
    PRIMARY KEY (offer_id, date, start_time, end_time, kind)
);
CREATE INDEX occurrence_date_idx ON occurrence (date, start_time);

-- When each offer's window was last materialised: the daily job slides the stale ones.
ALTER TABLE offer ADD COLUMN occurrences_until date;
