-- Venue requests (会場探し): a group that needs a room — how many people, a kitchen, when, where, for how much —
-- registered by a CSW or an organisation and matched to the catalogue's 会場提供 (VENUE) offers. A request
-- describes a group, never a person: there is no person data in this table.

CREATE TABLE venue_request (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description     text CHECK (length(description) <= 4000),
    group_size      int NOT NULL CHECK (group_size BETWEEN 1 AND 10000),
    kitchen_needed  boolean NOT NULL DEFAULT false,
    -- When the group would use the venue: [{"weekday": "WED", "start": "13:00", "end": "17:00"}].
    windows         jsonb NOT NULL DEFAULT '[]',
    -- Where: an area (a 地区, a 小学校区 …) or a point with a radius, exactly one of the two.
    area_id         bigint REFERENCES area (id) ON DELETE SET NULL,
    lat             double precision CHECK (lat BETWEEN -90 AND 90),
    lon             double precision CHECK (lon BETWEEN -180 AND 180),
    radius_km       double precision CHECK (radius_km > 0 AND radius_km <= 50),
    -- The most the group can pay per use; null when it did not say.
    budget_yen      int CHECK (budget_yen >= 0),
    created_by      bigint REFERENCES account (id) ON DELETE SET NULL,
    -- The requesting organisation: its members see the request. Set for an organisation member's request.
    organization_id bigint REFERENCES organization (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((lat IS NULL) = (lon IS NULL) AND (lat IS NULL) = (radius_km IS NULL)),
    -- An area that is later deleted leaves the request without a place (ON DELETE SET NULL), so only the
    -- point and the area cannot both be given.
    CHECK (area_id IS NULL OR lat IS NULL)
);
CREATE INDEX venue_request_organization_idx ON venue_request (organization_id);
