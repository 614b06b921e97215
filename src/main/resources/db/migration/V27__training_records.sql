-- Training series, part 2: what happens after registration. Platform report imports with the attendance and
-- reach they give, the learners' questions per topic, surveys, and certificates. Later migrations of the training
-- module may add columns to these tables; the shapes below are what the parts share.

-- Settings per programme that the reports, attendance and certificates read.
ALTER TABLE training_programme
    ADD COLUMN present_minutes      int NOT NULL DEFAULT 0 CHECK (present_minutes BETWEEN 0 AND 1440),
    ADD COLUMN present_percent      int NOT NULL DEFAULT 60 CHECK (present_percent BETWEEN 0 AND 100),
    ADD COLUMN late_after_minutes   int NOT NULL DEFAULT 15 CHECK (late_after_minutes BETWEEN 0 AND 1440),
    ADD COLUMN import_time_zone     text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    -- certificate eligibility: every criterion that is set must hold (0 / false switch a criterion off)
    ADD COLUMN cert_min_minutes     int NOT NULL DEFAULT 0 CHECK (cert_min_minutes >= 0),
    ADD COLUMN cert_min_session_percent int NOT NULL DEFAULT 50 CHECK (cert_min_session_percent BETWEEN 0 AND 100),
    ADD COLUMN cert_min_topics      int NOT NULL DEFAULT 0 CHECK (cert_min_topics >= 0),
    ADD COLUMN cert_survey_required boolean NOT NULL DEFAULT false,
    -- "positive" feedback: a response whose answer to the programme's chosen rating item is at least this
    ADD COLUMN positive_min_rating  smallint NOT NULL DEFAULT 4 CHECK (positive_min_rating BETWEEN 1 AND 10),
    ADD CHECK (present_minutes > 0 OR present_percent > 0);

-- One imported platform report, kept as uploaded (raw bytes and SHA-256), with the parser version that read it.
-- The same file for the same session is recognised by its hash and not counted twice. A newer file of the same
-- kind for a session supersedes the older one (superseded_by set; its figures no longer count).
CREATE TABLE training_import (
    id              bigserial PRIMARY KEY,
    programme_id    bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    session_id      bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('ZOOM_MEETING', 'ZOOM_WEBINAR', 'ZOOM_QA', 'YOUTUBE', 'FACEBOOK_POSTS', 'FACEBOOK_VIDEOS')),
    file_name       text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
    content         bytea NOT NULL,
    parser_version  text NOT NULL,
    time_zone       text NOT NULL,
    row_count       int NOT NULL DEFAULT 0,
    warnings        text[] NOT NULL DEFAULT '{}',
    superseded_by   bigint REFERENCES training_import (id) ON DELETE SET NULL,
    imported_by     text,
    imported_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (session_id, sha256)
);
CREATE INDEX training_import_session ON training_import (session_id, kind) WHERE superseded_by IS NULL;
CREATE INDEX training_import_programme ON training_import (programme_id);

-- A person in a Zoom report (rows of one participant gathered by the parser), matched to a registration or
-- waiting in the review queue.
CREATE TABLE training_zoom_person (
    id              bigserial PRIMARY KEY,
    import_id       bigint NOT NULL REFERENCES training_import (id) ON DELETE CASCADE,
    session_id      bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    person_key      text NOT NULL,
    name            text NOT NULL DEFAULT '',
    original_name   text NOT NULL DEFAULT '',
    email           text,
    phone           text,
    registration_id bigint REFERENCES training_registration (id) ON DELETE SET NULL,
    match_method    text CHECK (match_method IN ('EMAIL', 'PHONE', 'NAME', 'MANUAL')),
    -- MATCHED: registration_id set; PENDING: in the review queue; DISMISSED: reviewed, not a registrant
    review_state    text NOT NULL CHECK (review_state IN ('MATCHED', 'PENDING', 'DISMISSED')),
    review_reason   text CHECK (review_reason IN ('NOT_FOUND', 'AMBIGUOUS', 'NO_PROVINCE')),
    suggestions     bigint[] NOT NULL DEFAULT '{}',
    seconds         int NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    reviewed_by     text,
    reviewed_at     timestamptz,
    UNIQUE (import_id, person_key),
    CHECK ((review_state = 'MATCHED') = (registration_id IS NOT NULL))
);
CREATE INDEX training_zoom_person_review ON training_zoom_person (session_id) WHERE review_state = 'PENDING';
CREATE INDEX training_zoom_person_registration ON training_zoom_person (registration_id) WHERE registration_id IS NOT NULL;

-- Every join/leave interval of a Zoom person, as the report gives it (not yet clipped to the session).
CREATE TABLE training_interval (
    person_id bigint NOT NULL REFERENCES training_zoom_person (id) ON DELETE CASCADE,
    joined_at timestamptz NOT NULL,
    left_at   timestamptz NOT NULL,
    CHECK (left_at >= joined_at)
);
CREATE INDEX training_interval_person ON training_interval (person_id);

-- Identified attendance: a registrant's union of intervals clipped to the session, recomputed whenever the
-- session's imports or matches change.
CREATE TABLE training_attendance (
    session_id      bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    registration_id bigint NOT NULL REFERENCES training_registration (id) ON DELETE CASCADE,
    seconds         int NOT NULL CHECK (seconds >= 0),
    minutes         int NOT NULL CHECK (minutes >= 0),
    percent         smallint NOT NULL CHECK (percent BETWEEN 0 AND 100),
    first_join      timestamptz,
    status          text NOT NULL CHECK (status IN ('PRESENT', 'LATE', 'ABSENT')),
    PRIMARY KEY (session_id, registration_id)
);
CREATE INDEX training_attendance_registration ON training_attendance (registration_id);

-- Anonymous reach of a session on a platform, in "lượt" (visits), never people. One row per import that gives
-- reach, plus at most one manual row per session and platform for what the platforms do not export (peak and
-- average concurrent livestream viewers, or figures typed from a screenshot). Columns left null are unknown.
CREATE TABLE training_reach (
    id                  bigserial PRIMARY KEY,
    session_id          bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    platform            text NOT NULL CHECK (platform IN ('ZOOM', 'YOUTUBE', 'FACEBOOK')),
    import_id           bigint REFERENCES training_import (id) ON DELETE CASCADE,
    views               bigint CHECK (views >= 0),
    peak_concurrent     bigint CHECK (peak_concurrent >= 0),
    average_concurrent  bigint CHECK (average_concurrent >= 0),
    watch_time_hours    numeric(14, 2) CHECK (watch_time_hours >= 0),
    reported_views      bigint,
    reported_peak       bigint,
    note                text NOT NULL DEFAULT '',
    entered_by          text,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (import_id)
);
CREATE UNIQUE INDEX training_reach_manual ON training_reach (session_id, platform) WHERE import_id IS NULL;
CREATE INDEX training_reach_session ON training_reach (session_id);

-- Learners' questions per topic ("Hỏi đáp theo chuyên đề"): asked on the site (with a personal code or
-- anonymously), on the registration form, or imported from a Zoom webinar Q&A report.
CREATE TABLE training_ask (
    id              bigserial PRIMARY KEY,
    programme_id    bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    topic_id        bigint REFERENCES training_topic (id) ON DELETE SET NULL,
    session_id      bigint REFERENCES training_session (id) ON DELETE SET NULL,
    registration_id bigint REFERENCES training_registration (id) ON DELETE SET NULL,
    source          text NOT NULL CHECK (source IN ('SITE', 'REGISTRATION', 'ZOOM')),
    import_id       bigint REFERENCES training_import (id) ON DELETE CASCADE,
    import_row      int,
    asker_name      text NOT NULL DEFAULT '',
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    speaker_id      bigint REFERENCES training_speaker (id) ON DELETE SET NULL,
    answer_html     text NOT NULL DEFAULT '',
    answered_at     timestamptz,
    answered_by     text,
    published       boolean NOT NULL DEFAULT false,
    upvotes         int NOT NULL DEFAULT 0 CHECK (upvotes >= 0),
    submitter_ip    inet,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (import_id, import_row),
    CHECK (NOT published OR (answered_at IS NOT NULL AND status = 'APPROVED'))
);
CREATE INDEX training_ask_topic ON training_ask (topic_id, status);
CREATE INDEX training_ask_programme ON training_ask (programme_id, created_at);

-- One upvote per visitor (signed visitor cookie) per question; upvotes on training_ask is kept by deltas.
CREATE TABLE training_ask_vote (
    ask_id     bigint NOT NULL REFERENCES training_ask (id) ON DELETE CASCADE,
    voter      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (ask_id, voter)
);

-- Feedback surveys, per programme, session, topic or speaker, tagged with a Kirkpatrick level and a timing.
CREATE TABLE training_survey (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    scope        text NOT NULL CHECK (scope IN ('PROGRAMME', 'SESSION', 'TOPIC', 'SPEAKER')),
    session_id   bigint REFERENCES training_session (id) ON DELETE CASCADE,
    topic_id     bigint REFERENCES training_topic (id) ON DELETE CASCADE,
    speaker_id   bigint REFERENCES training_speaker (id) ON DELETE CASCADE,
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    intro        text NOT NULL DEFAULT '',
    kirkpatrick  smallint NOT NULL CHECK (kirkpatrick BETWEEN 1 AND 4),
    timing       text NOT NULL CHECK (timing IN ('PRE', 'POST', 'FOLLOW_UP')),
    anonymous    boolean NOT NULL DEFAULT false,
    status       text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    opens_at     timestamptz,
    closes_at    timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((scope = 'PROGRAMME' AND num_nonnulls(session_id, topic_id, speaker_id) = 0)
        OR (scope = 'SESSION' AND session_id IS NOT NULL AND topic_id IS NULL AND speaker_id IS NULL)
        OR (scope = 'TOPIC' AND topic_id IS NOT NULL AND session_id IS NULL AND speaker_id IS NULL)
        OR (scope = 'SPEAKER' AND speaker_id IS NOT NULL AND session_id IS NULL AND topic_id IS NULL))
);
CREATE INDEX training_survey_programme ON training_survey (programme_id);

CREATE TABLE training_survey_item (
    id        bigserial PRIMARY KEY,
    survey_id bigint NOT NULL REFERENCES training_survey (id) ON DELETE CASCADE,
    position  int NOT NULL DEFAULT 0,
    kind      text NOT NULL CHECK (kind IN ('RATING', 'SINGLE', 'MULTI', 'NUMBER', 'TEXT', 'NPS')),
    label     text NOT NULL CHECK (length(label) BETWEEN 1 AND 500),
    options   text[] NOT NULL DEFAULT '{}',
    required  boolean NOT NULL DEFAULT false,
    -- the item whose rating decides whether a response is "positive" (at most one per survey)
    positive_marker boolean NOT NULL DEFAULT false
);
CREATE INDEX training_survey_item_survey ON training_survey_item (survey_id, position);
CREATE UNIQUE INDEX training_survey_item_positive ON training_survey_item (survey_id) WHERE positive_marker;

-- A submitted response. Identified surveys keep the registration (one response each); anonymous ones keep only
-- the participant category for the breakdown (and a hash of the code, so that one code answers once).
CREATE TABLE training_survey_response (
    id              bigserial PRIMARY KEY,
    survey_id       bigint NOT NULL REFERENCES training_survey (id) ON DELETE CASCADE,
    registration_id bigint REFERENCES training_registration (id) ON DELETE SET NULL,
    respondent_hash text,
    category        text CHECK (category IN ('PRODUCER', 'OFFICIAL', 'OTHER')),
    positive        boolean NOT NULL DEFAULT false,
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (survey_id, registration_id),
    UNIQUE (survey_id, respondent_hash)
);
CREATE INDEX training_survey_response_registration ON training_survey_response (registration_id) WHERE registration_id IS NOT NULL;

CREATE TABLE training_survey_answer (
    response_id bigint NOT NULL REFERENCES training_survey_response (id) ON DELETE CASCADE,
    item_id     bigint NOT NULL REFERENCES training_survey_item (id) ON DELETE CASCADE,
    number      numeric(12, 2),
    choices     int[] NOT NULL DEFAULT '{}',
    text        text NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, item_id)
);
CREATE INDEX training_survey_answer_item ON training_survey_answer (item_id);

-- Certificates ("Giấy chứng nhận"). The register number is the programme's serial with its prefix, never reused;
-- a revoked certificate stays (and the verification page says it is revoked).
CREATE TABLE training_certificate (
    id              bigserial PRIMARY KEY,
    programme_id    bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    registration_id bigint NOT NULL REFERENCES training_registration (id) ON DELETE RESTRICT,
    serial          int NOT NULL CHECK (serial > 0),
    register_number text NOT NULL UNIQUE,
    verify_token    text NOT NULL UNIQUE CHECK (verify_token ~ '^[A-Za-z0-9_-]{16,64}$'),
    full_name       text NOT NULL,
    issued_on       date NOT NULL,
    issued_at       timestamptz NOT NULL DEFAULT now(),
    issued_by       text,
    -- issued although the rules did not hold: who decided and why (also in the audit log)
    override_reason text,
    emailed_at      timestamptz,
    revoked_at      timestamptz,
    revoked_reason  text,
    revoked_by      text,
    UNIQUE (programme_id, serial),
    CHECK (revoked_at IS NULL OR revoked_reason IS NOT NULL)
);
-- one valid certificate per registration (a revoked one may be followed by a new one)
CREATE UNIQUE INDEX training_certificate_current ON training_certificate (registration_id) WHERE revoked_at IS NULL;

CREATE TABLE training_certificate_settings (
    programme_id    bigint PRIMARY KEY REFERENCES training_programme (id) ON DELETE CASCADE,
    number_prefix   text NOT NULL DEFAULT 'GCN',
    place           text NOT NULL DEFAULT 'Hà Nội',
    issuer_name     text NOT NULL DEFAULT '',
    signatories     jsonb NOT NULL DEFAULT '[]',
    next_serial     int NOT NULL DEFAULT 1 CHECK (next_serial > 0)
);

-- Manual eligibility decisions (grant or deny despite the rules); each one is also written to the audit log.
CREATE TABLE training_certificate_override (
    registration_id bigint PRIMARY KEY REFERENCES training_registration (id) ON DELETE CASCADE,
    eligible        boolean NOT NULL,
    reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    decided_by      text NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now()
);
