-- Visitor statistics. Each node counts in memory and adds its deltas here, so several nodes
-- can share the database; rows are kept forever (no monthly or daily reset).
CREATE TABLE stats_hourly (
    hour       timestamptz NOT NULL,
    human      boolean NOT NULL,
    visits     bigint NOT NULL DEFAULT 0,
    page_views bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, human)
);

-- Visitors seen recently, for "online now"; losing it in a crash costs nothing.
CREATE UNLOGGED TABLE stats_online (
    visitor_id uuid PRIMARY KEY,
    last_seen  timestamptz NOT NULL
);
CREATE INDEX stats_online_last_seen_idx ON stats_online (last_seen);

-- Last counted view of an article per visitor, so a view counts once per 30 minutes across nodes.
CREATE UNLOGGED TABLE article_view_mark (
    visitor_id uuid NOT NULL,
    article_id bigint NOT NULL,
    viewed_at  timestamptz NOT NULL,
    PRIMARY KEY (visitor_id, article_id)
);
CREATE INDEX article_view_mark_viewed_idx ON article_view_mark (viewed_at);

-- User-agent fragments that mark a request as a bot; data, editable later.
CREATE TABLE bot_pattern (
    pattern text PRIMARY KEY
);
INSERT INTO bot_pattern (pattern) VALUES
  ('bot'), ('crawl'), ('spider'), ('slurp'), ('bingpreview'), ('facebookexternalhit'), ('zalo'),
  ('curl'), ('wget'), ('python-requests'), ('python-urllib'), ('httpclient'), ('okhttp'), ('go-http-client'),
  ('java/'), ('libwww'), ('headlesschrome'), ('phantomjs'), ('lighthouse'), ('pingdom'), ('uptime'),
  ('monitor'), ('scrapy'), ('axios'), ('node-fetch'), ('feedfetcher'), ('coccoc'), ('yandex'), ('baidu'),
  ('semrush'), ('ahrefs'), ('mj12'), ('dotbot'), ('petalbot'), ('applebot'), ('duckduck'), ('wrk');
