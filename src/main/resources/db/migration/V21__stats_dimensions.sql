-- Visitor statistics by day (Vietnam's calendar day, Asia/Ho_Chi_Minh): visits by browser family,
-- operating system, device type and referring site, counted when a visit starts; and views of
-- articles and documents for "top content" over any date range. Like stats_hourly, each node adds
-- its deltas (never absolute values), and rows are kept forever.
CREATE TABLE stats_daily_dimension (
    day       date NOT NULL,
    human     boolean NOT NULL,
    dimension text NOT NULL CHECK (dimension IN ('browser', 'os', 'device', 'referrer')),
    value     text NOT NULL CHECK (length(value) BETWEEN 1 AND 120),
    visits    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, human, dimension, value)
);
-- reports read a range of days through the primary key (all dimensions at once); no other index, so a flush
-- and the demo seeding stay cheap

CREATE TABLE stats_daily_item (
    day     date NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('article', 'document')),
    item_id bigint NOT NULL,
    views   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kind, item_id)
);

-- Client address ranges not counted at all (the office's own network), managed by administrators.
CREATE TABLE stats_excluded_range (
    id         bigserial PRIMARY KEY,
    cidr       cidr NOT NULL UNIQUE,
    note       text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- V5 listed 'zalo' as a bot fragment, but Zalo's in-app browser (how most Vietnamese readers open a shared
-- link: "... Zalo android/12100522 ZaloTheme/light ZaloLanguage/vn") carries it too, so its readers were
-- counted as bots. Keep only the crawler's own tokens.
DELETE FROM bot_pattern WHERE pattern = 'zalo';
INSERT INTO bot_pattern (pattern) VALUES ('zalobot'), ('zalo-bot') ON CONFLICT DO NOTHING;
