-- Citizen Q&A ("Hỏi đáp", module qa): topics, questions with tracking codes, internal notes,
-- the public-holiday calendar for deadlines, and one-click "helpful?" votes (generic, web.Helpfulness).

INSERT INTO role (code, name) VALUES ('HOI_DAP', 'Cán bộ trả lời hỏi đáp') ON CONFLICT (code) DO NOTHING;

-- Days off besides Saturdays and Sundays. Editable data: when the government announces the exact
-- days (Tết, the Quốc khánh bridge), update these rows; deadlines follow at once.
CREATE TABLE public_holiday (
    day         date PRIMARY KEY,
    name        text NOT NULL,
    approximate boolean NOT NULL DEFAULT false
);

INSERT INTO public_holiday (day, name, approximate)
SELECT d::date, h.name, h.approximate
  FROM (VALUES
    -- 2025 (as officially announced)
    ('2025-01-01', '2025-01-01', 'Tết Dương lịch', false),
    ('2025-01-27', '2025-02-02', 'Tết Nguyên đán', false),
    ('2025-04-07', '2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', false),
    ('2025-04-30', '2025-05-01', 'Ngày Giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5', false),
    ('2025-09-01', '2025-09-02', 'Quốc khánh 2/9', false),
    -- 2026: Tết 14/2–22/2 as planned; Quốc khánh 1–2/9 until announced (approximate)
    ('2026-01-01', '2026-01-01', 'Tết Dương lịch', false),
    ('2026-02-14', '2026-02-22', 'Tết Nguyên đán', false),
    ('2026-04-26', '2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', false),
    ('2026-04-27', '2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)', true),
    ('2026-04-30', '2026-05-01', 'Ngày Giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5', false),
    ('2026-09-01', '2026-09-02', 'Quốc khánh 2/9', true),
    -- 2027: Tết 4/2–10/2 approximate until announced; Quốc khánh 1–2/9 approximate
    ('2027-01-01', '2027-01-01', 'Tết Dương lịch', false),
    ('2027-02-04', '2027-02-10', 'Tết Nguyên đán', true),
    ('2027-04-16', '2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', false),
    ('2027-04-30', '2027-05-01', 'Ngày Giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5', false),
    ('2027-05-03', '2027-05-03', 'Nghỉ bù Quốc tế Lao động (rơi vào Thứ bảy)', true),
    ('2027-09-01', '2027-09-02', 'Quốc khánh 2/9', true)
  ) AS h (first_day, last_day, name, approximate)
  CROSS JOIN LATERAL generate_series(h.first_day::date, h.last_day::date, interval '1 day') AS d;

CREATE TABLE qa_topic (
    id       bigserial PRIMARY KEY,
    name     text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    slug     text NOT NULL UNIQUE,
    position int NOT NULL DEFAULT 0
);

INSERT INTO qa_topic (name, slug, position) VALUES
    ('Tiêu chí nông thôn mới', 'tieu-chi-nong-thon-moi', 10),
    ('Chương trình OCOP', 'chuong-trinh-ocop', 20),
    ('Đất đai, xây dựng', 'dat-dai-xay-dung', 30),
    ('Hỗ trợ sản xuất nông nghiệp', 'ho-tro-san-xuat-nong-nghiep', 40),
    ('Môi trường, nước sạch', 'moi-truong-nuoc-sach', 50),
    ('Thủ tục hành chính', 'thu-tuc-hanh-chinh', 60);

CREATE TABLE qa_question (
    id              bigserial PRIMARY KEY,
    tracking_code   text NOT NULL UNIQUE CHECK (tracking_code ~ '^HD-[0-9]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
    topic_id        bigint NOT NULL REFERENCES qa_topic (id),
    asker_name      text NOT NULL,
    email           text,
    phone           text,
    address         text,
    title           text NOT NULL,
    slug            text NOT NULL,
    content         text NOT NULL,
    attachment_url  text,
    attachment_name text,
    consent_at      timestamptz NOT NULL,
    consent_version text NOT NULL,
    submitter_ip    inet,
    status          text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'FORWARDED')),
    received_at     timestamptz NOT NULL DEFAULT now(),
    received_on     date NOT NULL,
    due_on          date NOT NULL,
    handler_id      bigint REFERENCES app_user (id) ON DELETE SET NULL,
    forwarded_to    text,
    answer_draft    text,
    drafted_by      text,
    answer          text,
    answered_at     timestamptz,
    approved_by     text,
    published       boolean NOT NULL DEFAULT false,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CHECK (status <> 'FORWARDED' OR forwarded_to IS NOT NULL),
    CHECK (status <> 'ANSWERED' OR answer IS NOT NULL),
    CHECK (NOT published OR status = 'ANSWERED')
);
CREATE INDEX qa_question_status_due ON qa_question (status, due_on);
CREATE INDEX qa_question_published ON qa_question (topic_id, answered_at DESC) WHERE published;

-- internal notes of the staff: never shown on a public page
CREATE TABLE qa_note (
    id          bigserial PRIMARY KEY,
    question_id bigint NOT NULL REFERENCES qa_question (id) ON DELETE CASCADE,
    author      text NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX qa_note_question ON qa_note (question_id, created_at);

-- "Thông tin này có hữu ích không?": one vote per visitor per target (web.Helpfulness)
CREATE TABLE helpful_vote (
    target_type text NOT NULL,
    target_id   bigint NOT NULL,
    visitor_id  uuid NOT NULL,
    helpful     boolean NOT NULL,
    voted_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (target_type, target_id, visitor_id)
);
