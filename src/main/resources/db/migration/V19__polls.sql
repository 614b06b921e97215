-- Polls ("Thăm dò ý kiến"): a question with options, single or multiple choice, a voting window, members-only
-- or public, and when results are shown. Ballots are insert-only (no counter row to fight over); counts are
-- grouped from poll_ballot_choice. One ballot per visitor cookie and one per account, enforced here.
CREATE TABLE poll (
    id                 bigserial PRIMARY KEY,
    slug               text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    question           text NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
    description        text NOT NULL DEFAULT '',
    multiple           boolean NOT NULL DEFAULT false,
    max_choices        integer NOT NULL DEFAULT 1 CHECK (max_choices >= 1),
    opens_at           timestamptz NOT NULL DEFAULT now(),
    closes_at          timestamptz,
    members_only       boolean NOT NULL DEFAULT false,
    results_visibility text NOT NULL DEFAULT 'ALWAYS' CHECK (results_visibility IN ('ALWAYS', 'AFTER_VOTE', 'AFTER_CLOSE')),
    featured           boolean NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (closes_at IS NULL OR closes_at > opens_at),
    CHECK (multiple OR max_choices = 1)
);
-- at most one poll is the sidebar's chosen one
CREATE UNIQUE INDEX poll_one_featured ON poll ((true)) WHERE featured;
CREATE INDEX poll_closes ON poll (closes_at DESC, id DESC);

CREATE TABLE poll_option (
    id       bigserial PRIMARY KEY,
    poll_id  bigint NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    label    text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    position integer NOT NULL,
    UNIQUE (poll_id, id)
);

-- user_id is an app_user id without a foreign key: a ballot outlives the account that cast it
CREATE TABLE poll_ballot (
    id         bigserial PRIMARY KEY,
    poll_id    bigint NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    visitor_id uuid,
    user_id    bigint,
    ip         inet NOT NULL,
    cast_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (visitor_id IS NOT NULL OR user_id IS NOT NULL),
    UNIQUE (poll_id, id),
    UNIQUE (poll_id, visitor_id),
    UNIQUE (poll_id, user_id)
);
CREATE INDEX poll_ballot_ip ON poll_ballot (poll_id, ip, cast_at);

-- the composite keys make the database refuse an option of another poll
CREATE TABLE poll_ballot_choice (
    ballot_id bigint NOT NULL,
    poll_id   bigint NOT NULL,
    option_id bigint NOT NULL,
    PRIMARY KEY (ballot_id, option_id),
    FOREIGN KEY (poll_id, ballot_id) REFERENCES poll_ballot (poll_id, id) ON DELETE CASCADE,
    FOREIGN KEY (poll_id, option_id) REFERENCES poll_option (poll_id, id)
);
CREATE INDEX poll_ballot_choice_counts ON poll_ballot_choice (poll_id, option_id);

INSERT INTO sidebar_block (code, position, enabled) VALUES ('polls.current', 15, true) ON CONFLICT (code) DO NOTHING;
