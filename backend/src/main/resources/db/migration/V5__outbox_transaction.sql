-- The search indexers read the outbox by transaction, not by id: ids are handed out before
-- commit, so a row with a smaller id can become visible after a larger one. Every transaction
-- older than the oldest one still running (pg_snapshot_xmin) is finished, so an indexer that
-- has applied every row with tx below that horizon can never miss one committed later.
ALTER TABLE outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX outbox_tx_idx ON outbox (tx);
