-- News back office: editorial workflow, version history, edit locks, scheduled publishing and expiry.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE article
    ADD COLUMN created_by     text,
    ADD COLUMN created_by_name text NOT NULL DEFAULT '',
    ADD COLUMN return_reason  text NOT NULL DEFAULT '',
    ADD COLUMN scheduled_at   timestamptz,
    ADD COLUMN expires_at     timestamptz,
    ADD COLUMN expiry_action  text NOT NULL DEFAULT 'ARCHIVE' CHECK (expiry_action IN ('ARCHIVE', 'WITHDRAW')),
    ADD COLUMN locked_by      text,
    ADD COLUMN locked_by_name text NOT NULL DEFAULT '',
    ADD COLUMN locked_at      timestamptz,
    ADD CONSTRAINT article_scheduled_has_time CHECK (status <> 'SCHEDULED' OR scheduled_at IS NOT NULL);

-- The admin list: newest change first (or oldest), narrowed by status, category or author,
-- each walked by an index in the list's order so LIMIT stops early (keyset paging on updated_at, id).
CREATE INDEX article_admin_updated_idx ON article (updated_at DESC, id DESC);
CREATE INDEX article_admin_status_idx ON article (status, updated_at DESC, id DESC);
CREATE INDEX article_admin_category_idx ON article (main_category_id, updated_at DESC, id DESC);
CREATE INDEX article_admin_author_idx ON article (created_by, updated_at DESC, id DESC) WHERE created_by IS NOT NULL;
-- words inside titles (ILIKE '%…%')
CREATE INDEX article_title_trgm_idx ON article USING gin (title gin_trgm_ops);
-- what the scheduler looks for every 30 seconds
CREATE INDEX article_due_publish_idx ON article (scheduled_at) WHERE status = 'SCHEDULED';
CREATE INDEX article_due_expiry_idx ON article (expires_at) WHERE status = 'PUBLISHED' AND expires_at IS NOT NULL;

-- Every save, workflow step and restore leaves a version.
CREATE TABLE article_version (
    article_id  bigint NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version_no  integer NOT NULL,
    title       text NOT NULL,
    lead        text NOT NULL,
    body_html   text NOT NULL,
    status      text NOT NULL,
    editor      text NOT NULL,
    editor_name text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    note        text NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, version_no)
);
