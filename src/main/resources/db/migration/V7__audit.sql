-- Who changed what, when and from where; written by AuditApi, never updated.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint,
    actor_name  text NOT NULL,
    ip          text,
    action      text NOT NULL,
    entity_type text,
    entity_id   text,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_actor ON audit_log (lower(actor_name), at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at DESC);
CREATE INDEX audit_log_action ON audit_log (action, at DESC);
