-- Area layers (市区町村, 圏域, 地区, 小学校区・中学校区, 町丁目): a city defines its own, they nest
-- or overlap, and every place knows which areas it lies in.

CREATE TABLE area_layer (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    kind        text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'SPHERE', 'DISTRICT', 'SCHOOL_DISTRICT', 'CHOME', 'OTHER')),
    -- True for layers Deban derived itself (e.g. 町丁目 as Voronoi cells) until the city imports real ones.
    approximate boolean NOT NULL DEFAULT false,
    source      text,
    sort_order  int NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO area_layer (code, name, kind, source, sort_order)
VALUES ('municipality', '市区町村', 'MUNICIPALITY', '国土数値情報（行政区域データ）', 0);

UPDATE area SET approximate = false WHERE layer = 'municipality';
ALTER TABLE area
    ADD CONSTRAINT area_layer_fk FOREIGN KEY (layer) REFERENCES area_layer (code) ON DELETE CASCADE,
    -- The municipality (全国地方公共団体コード, 5 digits) an area belongs to; null for areas spanning several.
    ADD COLUMN city_code text,
    ADD COLUMN properties jsonb NOT NULL DEFAULT '{}',
    -- A point surely inside the area: where area-only places are shown and reach is measured from.
    ADD COLUMN label_point geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(geom)) STORED,
    -- Web Mercator copies for vector tiles.
    ADD COLUMN geom_3857 geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    ADD COLUMN label_3857 geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(ST_PointOnSurface(geom), 3857)) STORED;
UPDATE area SET city_code = code WHERE layer = 'municipality';
CREATE INDEX area_geom_3857_idx ON area USING gist (geom_3857);
CREATE INDEX area_label_3857_idx ON area USING gist (label_3857);
CREATE INDEX area_city_idx ON area (city_code, layer);

ALTER TABLE place
    ADD COLUMN pt_3857 geometry(Point, 3857) GENERATED ALWAYS AS
        (ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857)) STORED;
CREATE INDEX place_pt_3857_idx ON place USING gist (pt_3857);

-- Which areas each place lies in, kept by point-in-polygon on every place write and area import.
CREATE TABLE place_area (
    place_id    bigint NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    area_id     bigint NOT NULL REFERENCES area (id) ON DELETE CASCADE,
    PRIMARY KEY (place_id, area_id)
);
CREATE INDEX place_area_area_idx ON place_area (area_id);

INSERT INTO place_area (place_id, area_id)
SELECT p.id, a.id FROM place p JOIN area a ON ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326));

-- 町丁目・大字 representative points for offline geocoding (全国地方公共団体コード + names).
CREATE TABLE town (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    city_code   text NOT NULL,
    prefecture  text NOT NULL,
    city        text NOT NULL,
    town        text NOT NULL,
    koaza       text NOT NULL DEFAULT '',
    lat         double precision NOT NULL,
    lon         double precision NOT NULL,
    UNIQUE (city_code, town, koaza)
);

-- Where a sensitive (AREA_ONLY) place is shown to the public: the area of the city's 地区 layer
-- it lies in (the first 地区 layer by sort order), else its municipality. Null when it lies in neither.
CREATE FUNCTION place_public_area(place bigint) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.id FROM place_area pa
    JOIN area a ON a.id = pa.area_id
    JOIN area_layer l ON l.code = a.layer
    WHERE pa.place_id = place AND l.kind IN ('DISTRICT', 'MUNICIPALITY')
    ORDER BY l.kind = 'DISTRICT' DESC, l.sort_order, l.code, a.id
    LIMIT 1
$$;

-- That area, kept for sensitive places by every writer of place_area, so maps find them by area.
ALTER TABLE place ADD COLUMN public_area_id bigint REFERENCES area (id) ON DELETE SET NULL;
CREATE INDEX place_public_area_idx ON place (public_area_id) WHERE public_area_id IS NOT NULL;
UPDATE place SET public_area_id = place_public_area(id) WHERE sensitivity = 'AREA_ONLY';
