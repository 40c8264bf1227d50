-- Unmet needs (社会資源開発): what a person needed and did not find — where, when, what kind, which
-- strengths — with no identity. dedupe_key is an HMAC of the person (or the unsaved profile) and the
-- need, keyed by a secret of this database, so repeating the match does not count twice and the key
-- cannot be traced back to a person id.
CREATE TABLE unmet_need (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe_key      text NOT NULL UNIQUE,
    -- Every area (of every layer) the person's home point lies in, so gaps aggregate by any layer.
    area_ids        bigint[] NOT NULL DEFAULT '{}',
    weekdays        text[] NOT NULL DEFAULT '{}',
    -- MORNING (starts before 12:00), AFTERNOON (12:00–16:59), EVENING (17:00 or later).
    time_buckets    text[] NOT NULL DEFAULT '{}',
    wants           text[] NOT NULL DEFAULT '{}',
    strengths       text[] NOT NULL DEFAULT '{}',
    recorded_on     date NOT NULL
);
CREATE INDEX unmet_need_area_idx ON unmet_need USING gin (area_ids);
CREATE INDEX unmet_need_date_idx ON unmet_need (recorded_on);
