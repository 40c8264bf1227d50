-- Accounts, teams and the audit log. Who may do what is enforced by the server; this is what it
-- reads. Passwords are stored only as Argon2id hashes (PHC strings).

CREATE TABLE team (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    -- 社協の地区担当, 地域包括支援センター, 自立相談支援機関, or another team of CSWs
    kind        text NOT NULL CHECK (kind IN ('DISTRICT', 'COMPREHENSIVE_SUPPORT', 'SELF_RELIANCE', 'OTHER')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE account (
    id                    bigserial PRIMARY KEY,
    -- compared in its normalised form (NFKC, lower case)
    login                 text NOT NULL UNIQUE CHECK (length(login) BETWEEN 3 AND 100),
    display_name          text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role                  text NOT NULL CHECK (role IN ('ADMIN', 'CSW', 'ORG_MEMBER')),
    organization_id       bigint REFERENCES organization (id),
    password_hash         text NOT NULL,
    must_change_password  boolean NOT NULL DEFAULT false,
    active                boolean NOT NULL DEFAULT true,
    failed_sign_ins       integer NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    -- sessions issued before this instant are refused: signing out ends every session of the account
    sessions_valid_after  timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    -- an organisation member belongs to exactly one organisation; nobody else belongs to one
    CHECK ((role = 'ORG_MEMBER') = (organization_id IS NOT NULL))
);

CREATE TABLE account_team (
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    team_id     bigint NOT NULL REFERENCES team (id),
    PRIMARY KEY (account_id, team_id)
);

-- Append-only: who did what, when and from where. No foreign keys: the record outlives the
-- accounts and records it names.
CREATE TABLE audit_event (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    actor_id        bigint,
    actor_login     text,
    action          text NOT NULL,
    target_type     text,
    target_id       text,
    detail          jsonb NOT NULL DEFAULT '{}',
    remote_address  text
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_actor ON audit_event (actor_id, at);
CREATE INDEX audit_event_target ON audit_event (target_type, target_id, at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;

CREATE TRIGGER audit_event_is_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
