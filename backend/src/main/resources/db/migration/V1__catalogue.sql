-- The catalogue: organisations, places, offers, the tag vocabulary and area layers.
-- Enumerations are stored as their upper-snake codes and checked here, so no writer can
-- store a value the API would not understand. PostGIS itself is created by ./deban as
-- superuser: migrations run as the app's own, non-superuser role.

CREATE TABLE organization (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_kana       text,
    kind            text NOT NULL CHECK (kind IN ('RESIDENT_GROUP', 'NPO', 'SOCIAL_WELFARE_CORPORATION', 'COMPANY',
                                                   'GOVERNMENT', 'SOCIAL_WELFARE_COUNCIL', 'INDIVIDUAL')),
    description     text,
    contact_person  text,
    contact_phone   text,
    contact_email   text,
    contact_url     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The one controlled vocabulary of atmosphere and psychological safety (初めて歓迎, 話さなくてOK …),
-- shared by registration, search facets and matching.
CREATE TABLE tag (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    category    text NOT NULL CHECK (category IN ('ATMOSPHERE', 'ACCESS', 'AUDIENCE')),
    label_ja    text NOT NULL,
    label_en    text NOT NULL,
    synonyms    text[] NOT NULL DEFAULT '{}',
    sort_order  int NOT NULL DEFAULT 0
);

CREATE TABLE place (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id         bigint NOT NULL REFERENCES organization (id),
    name                    text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_kana               text,
    kind                    text NOT NULL CHECK (kind IN ('SALON', 'COMMUNITY_DINER', 'FREE_SPACE', 'GATHERING_PLACE',
                                                           'WELFARE_FACILITY', 'COMMUNITY_HALL', 'VENUE', 'OFFICE')),
    description             text,
    address                 text,
    lat                     double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                     double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    geog                    geography(Point, 4326) GENERATED ALWAYS AS
                                (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED,
    floor                   int NOT NULL DEFAULT 0,
    elevator                boolean NOT NULL DEFAULT false,
    step_free               boolean NOT NULL DEFAULT false,
    accessible_toilet       boolean NOT NULL DEFAULT false,
    parking                 boolean NOT NULL DEFAULT false,
    bus_stop_nearby         boolean NOT NULL DEFAULT false,
    written_communication   boolean NOT NULL DEFAULT false,
    tags                    text[] NOT NULL DEFAULT '{}',
    staff_presence          text NOT NULL DEFAULT 'NONE' CHECK (staff_presence IN ('RESIDENT', 'ROUNDS', 'NONE')),
    status                  text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    status_note             text,
    sensitivity             text NOT NULL DEFAULT 'EXACT' CHECK (sensitivity IN ('EXACT', 'AREA_ONLY')),
    last_confirmed_on       date NOT NULL,
    contact_person          text,
    contact_phone           text,
    contact_email           text,
    contact_url             text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX place_geog_idx ON place USING gist (geog);
CREATE INDEX place_organization_idx ON place (organization_id);
CREATE INDEX place_kind_status_idx ON place (kind, status);

CREATE TABLE offer (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    place_id            bigint NOT NULL REFERENCES place (id),
    title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description         text,
    type                text NOT NULL CHECK (type IN ('PARTICIPATION', 'VOLUNTEER_ROLE', 'WORK_EXPERIENCE', 'VENUE')),
    mode                text NOT NULL DEFAULT 'ON_SITE' CHECK (mode IN ('ON_SITE', 'REMOTE')),
    role_levels         int[] NOT NULL DEFAULT '{}' CHECK (role_levels <@ ARRAY[1, 2, 3]),
    strengths_wanted    text,
    strength_tags       text[] NOT NULL DEFAULT '{}',
    tags                text[] NOT NULL DEFAULT '{}',
    capacity            int CHECK (capacity >= 0),
    open_slots          int CHECK (open_slots >= 0 AND (capacity IS NULL OR open_slots <= capacity)),
    physical_load       text CHECK (physical_load IN ('LIGHT', 'MODERATE', 'HEAVY')),
    trial_possible      boolean NOT NULL DEFAULT false,
    min_age             int CHECK (min_age BETWEEN 0 AND 120),
    max_age             int CHECK (max_age BETWEEN 0 AND 120 AND (min_age IS NULL OR min_age <= max_age)),
    target_groups       text[] NOT NULL DEFAULT '{}',
    residents_only      boolean NOT NULL DEFAULT false,
    cost_yen            int NOT NULL DEFAULT 0 CHECK (cost_yen >= 0),
    cost_note           text,
    paid                boolean NOT NULL DEFAULT false,
    typical_headcount   int CHECK (typical_headcount >= 0),
    venue_capacity      int CHECK (venue_capacity >= 0),
    venue_kitchen       boolean,
    venue_fee_yen       int CHECK (venue_fee_yen >= 0),
    venue_fee_note      text,
    venue_equipment     text,
    -- The schedule rule as the organisation states it (weekly, nth weekday, seasons, closures, events).
    schedule            jsonb NOT NULL DEFAULT '{}',
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((type = 'VENUE') = (venue_capacity IS NOT NULL))
);
CREATE INDEX offer_place_idx ON offer (place_id);
CREATE INDEX offer_type_idx ON offer (type, mode);

-- Overlapping area layers (市区町村, 圏域, 地区, 小学校区, 町丁目); a city defines its own.
CREATE TABLE area (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layer           text NOT NULL,
    code            text NOT NULL,
    name            text NOT NULL,
    parent_id       bigint REFERENCES area (id),
    geom            geometry(MultiPolygon, 4326) NOT NULL,
    -- True for layers Deban derived itself (e.g. 町丁目 as Voronoi cells) until the city imports real ones.
    approximate     boolean NOT NULL DEFAULT false,
    UNIQUE (layer, code)
);
CREATE INDEX area_geom_idx ON area USING gist (geom);

-- Every catalogue write appends here in the same transaction; search indexers tail it.
CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type     text NOT NULL CHECK (entity_type IN ('ORGANIZATION', 'PLACE', 'OFFER')),
    entity_id       bigint NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Facts about this installation, e.g. that the demo data was loaded once.
CREATE TABLE app_state (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
