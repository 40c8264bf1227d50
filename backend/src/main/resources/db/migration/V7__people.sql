-- Persons supported by CSWs (要配慮個人情報), their consents, their journeys to offers and the 恩送り ledger.
-- Only PostgreSQL holds these: never the search index, logs or exceptions. Every read and change is
-- audited in audit_event by the services.

-- How long a team keeps a person's record after support ended (closed_on); null keeps it until deleted.
ALTER TABLE team ADD COLUMN retention_months int CHECK (retention_months BETWEEN 1 AND 1200);

CREATE TABLE person (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The owning team: its CSWs see the record, and its retention rule applies.
    team_id             bigint NOT NULL REFERENCES team (id),
    -- The CSW in charge (caseload); moves on hand-over.
    assigned_account_id bigint REFERENCES account (id),
    display_name        text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    name_kana           text CHECK (length(name_kana) <= 100),
    contact             text CHECK (length(contact) <= 200),
    -- Age as told on age_as_of; the current age is computed from both.
    age                 int CHECK (age BETWEEN 0 AND 120),
    age_as_of           date,
    strengths           text CHECK (length(strengths) <= 2000),
    interests           text CHECK (length(interests) <= 2000),
    strength_tags       text[] NOT NULL DEFAULT '{}',
    past_work           text CHECK (length(past_work) <= 2000),
    -- [{"weekday": "THU", "start": "17:00", "end": "21:00"}]
    availability        jsonb NOT NULL DEFAULT '[]',
    reach_mode          text CHECK (reach_mode IN ('WALK', 'BICYCLE', 'BUS', 'CAR')),
    reach_minutes       int CHECK (reach_minutes BETWEEN 1 AND 600),
    reach_km            double precision CHECK (reach_km > 0 AND reach_km <= 200),
    -- Home as an area (地区 or 町丁目) or a chosen point such as the nearest station: never an address.
    home_area_id        bigint REFERENCES area (id) ON DELETE SET NULL,
    home_lat            double precision CHECK (home_lat BETWEEN -90 AND 90),
    home_lon            double precision CHECK (home_lon BETWEEN -180 AND 180),
    home_label          text CHECK (length(home_label) <= 100),
    -- [{"code": "NO_CROWDS", "must": true}]
    constraints         jsonb NOT NULL DEFAULT '[]',
    wants               text[] NOT NULL DEFAULT '{}'
        CHECK (wants <@ ARRAY['PLACE_TO_BE', 'ROLE', 'WORK_EXPERIENCE', 'AT_HOME']),
    -- When support ended; the team's retention period counts from here.
    closed_on           date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((home_lat IS NULL) = (home_lon IS NULL)),
    CHECK (home_lat IS NULL OR home_label IS NOT NULL),
    CHECK ((age IS NULL) = (age_as_of IS NULL))
);
CREATE INDEX person_team_idx ON person (team_id);
CREATE INDEX person_assigned_idx ON person (assigned_account_id);

-- Consent per purpose and recipient (a host organisation, or another team), with how and when it was
-- given, and its withdrawal.
CREATE TABLE consent (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id                   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose                     text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    recipient_organization_id   bigint REFERENCES organization (id),
    recipient_team_id           bigint REFERENCES team (id),
    fields                      text[] NOT NULL CHECK (cardinality(fields) > 0),
    given_on                    date NOT NULL,
    method                      text NOT NULL CHECK (method IN ('WRITTEN', 'VERBAL', 'OTHER')),
    method_note                 text CHECK (length(method_note) <= 500),
    recorded_by                 bigint REFERENCES account (id),
    withdrawn_on                date,
    withdrawal_note             text CHECK (length(withdrawal_note) <= 500),
    created_at                  timestamptz NOT NULL DEFAULT now(),
    CHECK ((recipient_organization_id IS NULL) <> (recipient_team_id IS NULL))
);
CREATE INDEX consent_person_idx ON consent (person_id);

-- Another team sees a person only through a recorded decision: a 支援会議 (§106-6, no consent needed)
-- or the person's consent.
CREATE TABLE person_share (
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    team_id     bigint NOT NULL REFERENCES team (id),
    basis       text NOT NULL CHECK (basis IN ('SUPPORT_MEETING', 'CONSENT')),
    consent_id  bigint REFERENCES consent (id) ON DELETE CASCADE,
    decided_on  date NOT NULL,
    note        text CHECK (length(note) <= 500),
    decided_by  bigint REFERENCES account (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, team_id),
    CHECK ((basis = 'CONSENT') = (consent_id IS NOT NULL))
);
CREATE INDEX person_share_team_idx ON person_share (team_id);

-- A person's journey to one offer, through the canonical steps.
CREATE TABLE referral (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    offer_id        bigint NOT NULL REFERENCES offer (id),
    step            text NOT NULL,
    step_on         date NOT NULL,
    -- The step a SUSPENDED referral was at, where it may resume.
    suspended_from  text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_person_idx ON referral (person_id);
CREATE INDEX referral_offer_idx ON referral (offer_id);

CREATE TABLE referral_step (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id     bigint NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    step            text NOT NULL CHECK (step IN ('SOUNDING_OUT', 'CONSENT', 'HOST_ARRANGEMENT', 'VISIT', 'TRIAL',
                        'PARTICIPATING', 'SETTLED', 'GRADUATED', 'SUSPENDED', 'ENDED')),
    on_date         date NOT NULL,
    note            text CHECK (length(note) <= 1000),
    accompanied     boolean NOT NULL DEFAULT false,
    reason          text CHECK (length(reason) <= 500),
    actor_id        bigint REFERENCES account (id),
    actor_name      text,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_step_referral_idx ON referral_step (referral_id, id);

-- Follow-ups due 2 weeks, 1 month and 3 months after a referral entered 参加中.
CREATE TABLE follow_up (
    referral_id bigint NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('TWO_WEEKS', 'ONE_MONTH', 'THREE_MONTHS')),
    due_on      date NOT NULL,
    done_on     date,
    note        text CHECK (length(note) <= 1000),
    done_by     bigint REFERENCES account (id),
    PRIMARY KEY (referral_id, kind)
);

-- Attendance the host records, one row per session date.
CREATE TABLE attendance (
    referral_id bigint NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    on_date     date NOT NULL,
    attended    boolean NOT NULL,
    note        text CHECK (length(note) <= 500),
    recorded_by bigint REFERENCES account (id),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (referral_id, on_date)
);

-- 恩送り: help a person received ("支援を受けた"), e.g. an 恩送り隊 garden job.
CREATE TABLE support_received (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id                   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    what                        text NOT NULL CHECK (length(what) BETWEEN 1 AND 200),
    provider_organization_id    bigint REFERENCES organization (id),
    on_date                     date NOT NULL,
    recorded_by                 bigint REFERENCES account (id),
    created_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_received_person_idx ON support_received (person_id);

-- 第三者提供の記録 (個人情報保護法 §29, 施行規則 §19): each つなぐシート given to a recipient, kept 3
-- years even when the person's record is deleted on request; nothing else of the person survives.
CREATE TABLE provision_record (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id                   bigint NOT NULL,
    person_name                 text NOT NULL,
    recipient_organization_id   bigint REFERENCES organization (id),
    recipient_name              text NOT NULL,
    fields                      text[] NOT NULL,
    consent_id                  bigint,
    consent_given_on            date NOT NULL,
    referral_id                 bigint,
    provided_on                 date NOT NULL,
    provided_by                 bigint REFERENCES account (id),
    created_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provision_record_person_idx ON provision_record (person_id);
CREATE INDEX provision_record_date_idx ON provision_record (provided_on);
