-- Training series ("Chuỗi tập huấn", module training): versioned provinces, programmes with co-organisers,
-- speakers, topics, sessions, delivery channels and materials, custom registration questions, and
-- registrations with personal codes, per-channel capacity, a waiting list with time-limited offers,
-- moderation, reminders and bulk mail. Later parts (imports, attendance, surveys, certificates) hang off
-- training_session.id and training_registration.id.

INSERT INTO role (code, name) VALUES ('TAP_HUAN', 'Quản lý tập huấn') ON CONFLICT (code) DO NOTHING;

-- Provinces as versioned reference data: the 63 units in force until 30/6/2025 (version 2004) and the 34
-- from 1/7/2025 (version 2025, Decision 19/2025/QĐ-TTg). Codes 15, 24, 44, 52, 80, 82, 91 exist in both
-- with a different meaning: always store the version with the code. Same content as
-- classpath:training/provinces-2004.csv and provinces-2025.csv (a test checks it).
CREATE TABLE province (
    version  smallint NOT NULL CHECK (version IN (2004, 2025)),
    code     text NOT NULL CHECK (code ~ '^[0-9]{2}$'),
    name     text NOT NULL,
    communes int,
    PRIMARY KEY (version, code)
);

-- Which 2025 unit each old unit became (for reports across versions).
CREATE TABLE province_mapping (
    old_version smallint NOT NULL DEFAULT 2004 CHECK (old_version = 2004),
    old_code    text NOT NULL,
    new_version smallint NOT NULL DEFAULT 2025 CHECK (new_version = 2025),
    new_code    text NOT NULL,
    PRIMARY KEY (old_code),
    FOREIGN KEY (old_version, old_code) REFERENCES province (version, code),
    FOREIGN KEY (new_version, new_code) REFERENCES province (version, code)
);

INSERT INTO province (version, code, name, communes) VALUES
    (2004, '01', 'Thành phố Hà Nội', NULL),
    (2004, '02', 'Tỉnh Hà Giang', NULL),
    (2004, '04', 'Tỉnh Cao Bằng', NULL),
    (2004, '06', 'Tỉnh Bắc Kạn', NULL),
    (2004, '08', 'Tỉnh Tuyên Quang', NULL),
    (2004, '10', 'Tỉnh Lào Cai', NULL),
    (2004, '11', 'Tỉnh Điện Biên', NULL),
    (2004, '12', 'Tỉnh Lai Châu', NULL),
    (2004, '14', 'Tỉnh Sơn La', NULL),
    (2004, '15', 'Tỉnh Yên Bái', NULL),
    (2004, '17', 'Tỉnh Hòa Bình', NULL),
    (2004, '19', 'Tỉnh Thái Nguyên', NULL),
    (2004, '20', 'Tỉnh Lạng Sơn', NULL),
    (2004, '22', 'Tỉnh Quảng Ninh', NULL),
    (2004, '24', 'Tỉnh Bắc Giang', NULL),
    (2004, '25', 'Tỉnh Phú Thọ', NULL),
    (2004, '26', 'Tỉnh Vĩnh Phúc', NULL),
    (2004, '27', 'Tỉnh Bắc Ninh', NULL),
    (2004, '30', 'Tỉnh Hải Dương', NULL),
    (2004, '31', 'Thành phố Hải Phòng', NULL),
    (2004, '33', 'Tỉnh Hưng Yên', NULL),
    (2004, '34', 'Tỉnh Thái Bình', NULL),
    (2004, '35', 'Tỉnh Hà Nam', NULL),
    (2004, '36', 'Tỉnh Nam Định', NULL),
    (2004, '37', 'Tỉnh Ninh Bình', NULL),
    (2004, '38', 'Tỉnh Thanh Hóa', NULL),
    (2004, '40', 'Tỉnh Nghệ An', NULL),
    (2004, '42', 'Tỉnh Hà Tĩnh', NULL),
    (2004, '44', 'Tỉnh Quảng Bình', NULL),
    (2004, '45', 'Tỉnh Quảng Trị', NULL),
    (2004, '46', 'Tỉnh Thừa Thiên Huế', NULL),
    (2004, '48', 'Thành phố Đà Nẵng', NULL),
    (2004, '49', 'Tỉnh Quảng Nam', NULL),
    (2004, '51', 'Tỉnh Quảng Ngãi', NULL),
    (2004, '52', 'Tỉnh Bình Định', NULL),
    (2004, '54', 'Tỉnh Phú Yên', NULL),
    (2004, '56', 'Tỉnh Khánh Hòa', NULL),
    (2004, '58', 'Tỉnh Ninh Thuận', NULL),
    (2004, '60', 'Tỉnh Bình Thuận', NULL),
    (2004, '62', 'Tỉnh Kon Tum', NULL),
    (2004, '64', 'Tỉnh Gia Lai', NULL),
    (2004, '66', 'Tỉnh Đắk Lắk', NULL),
    (2004, '67', 'Tỉnh Đắk Nông', NULL),
    (2004, '68', 'Tỉnh Lâm Đồng', NULL),
    (2004, '70', 'Tỉnh Bình Phước', NULL),
    (2004, '72', 'Tỉnh Tây Ninh', NULL),
    (2004, '74', 'Tỉnh Bình Dương', NULL),
    (2004, '75', 'Tỉnh Đồng Nai', NULL),
    (2004, '77', 'Tỉnh Bà Rịa - Vũng Tàu', NULL),
    (2004, '79', 'Thành phố Hồ Chí Minh', NULL),
    (2004, '80', 'Tỉnh Long An', NULL),
    (2004, '82', 'Tỉnh Tiền Giang', NULL),
    (2004, '83', 'Tỉnh Bến Tre', NULL),
    (2004, '84', 'Tỉnh Trà Vinh', NULL),
    (2004, '86', 'Tỉnh Vĩnh Long', NULL),
    (2004, '87', 'Tỉnh Đồng Tháp', NULL),
    (2004, '89', 'Tỉnh An Giang', NULL),
    (2004, '91', 'Tỉnh Kiên Giang', NULL),
    (2004, '92', 'Thành phố Cần Thơ', NULL),
    (2004, '93', 'Tỉnh Hậu Giang', NULL),
    (2004, '94', 'Tỉnh Sóc Trăng', NULL),
    (2004, '95', 'Tỉnh Bạc Liêu', NULL),
    (2004, '96', 'Tỉnh Cà Mau', NULL),
    (2025, '01', 'Thành phố Hà Nội', 126),
    (2025, '04', 'Tỉnh Cao Bằng', 56),
    (2025, '08', 'Tỉnh Tuyên Quang', 124),
    (2025, '11', 'Tỉnh Điện Biên', 45),
    (2025, '12', 'Tỉnh Lai Châu', 38),
    (2025, '14', 'Tỉnh Sơn La', 75),
    (2025, '15', 'Tỉnh Lào Cai', 99),
    (2025, '19', 'Tỉnh Thái Nguyên', 92),
    (2025, '20', 'Tỉnh Lạng Sơn', 65),
    (2025, '22', 'Thành phố Quảng Ninh', 54),
    (2025, '24', 'Thành phố Bắc Ninh', 99),
    (2025, '25', 'Tỉnh Phú Thọ', 148),
    (2025, '31', 'Thành phố Hải Phòng', 114),
    (2025, '33', 'Tỉnh Hưng Yên', 104),
    (2025, '37', 'Tỉnh Ninh Bình', 129),
    (2025, '38', 'Tỉnh Thanh Hóa', 166),
    (2025, '40', 'Tỉnh Nghệ An', 130),
    (2025, '42', 'Tỉnh Hà Tĩnh', 69),
    (2025, '44', 'Tỉnh Quảng Trị', 78),
    (2025, '46', 'Thành phố Huế', 40),
    (2025, '48', 'Thành phố Đà Nẵng', 94),
    (2025, '51', 'Tỉnh Quảng Ngãi', 96),
    (2025, '52', 'Tỉnh Gia Lai', 135),
    (2025, '56', 'Tỉnh Khánh Hòa', 65),
    (2025, '66', 'Tỉnh Đắk Lắk', 102),
    (2025, '68', 'Tỉnh Lâm Đồng', 124),
    (2025, '75', 'Thành phố Đồng Nai', 95),
    (2025, '79', 'Thành phố Hồ Chí Minh', 168),
    (2025, '80', 'Tỉnh Tây Ninh', 96),
    (2025, '82', 'Tỉnh Đồng Tháp', 102),
    (2025, '86', 'Tỉnh Vĩnh Long', 124),
    (2025, '91', 'Tỉnh An Giang', 102),
    (2025, '92', 'Thành phố Cần Thơ', 103),
    (2025, '96', 'Tỉnh Cà Mau', 64);

INSERT INTO province_mapping (old_code, new_code) VALUES
    ('01', '01'),
    ('02', '08'),
    ('04', '04'),
    ('06', '19'),
    ('08', '08'),
    ('10', '15'),
    ('11', '11'),
    ('12', '12'),
    ('14', '14'),
    ('15', '15'),
    ('17', '25'),
    ('19', '19'),
    ('20', '20'),
    ('22', '22'),
    ('24', '24'),
    ('25', '25'),
    ('26', '25'),
    ('27', '24'),
    ('30', '31'),
    ('31', '31'),
    ('33', '33'),
    ('34', '33'),
    ('35', '37'),
    ('36', '37'),
    ('37', '37'),
    ('38', '38'),
    ('40', '40'),
    ('42', '42'),
    ('44', '44'),
    ('45', '44'),
    ('46', '46'),
    ('48', '48'),
    ('49', '48'),
    ('51', '51'),
    ('52', '52'),
    ('54', '66'),
    ('56', '56'),
    ('58', '56'),
    ('60', '68'),
    ('62', '51'),
    ('64', '52'),
    ('66', '66'),
    ('67', '68'),
    ('68', '68'),
    ('70', '75'),
    ('72', '80'),
    ('74', '79'),
    ('75', '75'),
    ('77', '79'),
    ('79', '79'),
    ('80', '80'),
    ('82', '82'),
    ('83', '86'),
    ('84', '86'),
    ('86', '86'),
    ('87', '82'),
    ('89', '91'),
    ('91', '91'),
    ('92', '92'),
    ('93', '92'),
    ('94', '92'),
    ('95', '96'),
    ('96', '96');

CREATE TABLE training_programme (
    id                     bigserial PRIMARY KEY,
    slug                   text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    summary                text NOT NULL DEFAULT '',
    description_html       text NOT NULL DEFAULT '',
    starts_on              date NOT NULL,
    ends_on                date NOT NULL,
    status                 text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    -- a programme that starts before 1/7/2025 uses the 63 old provinces, otherwise the 34 new ones
    province_version       smallint GENERATED ALWAYS AS (CASE WHEN starts_on < DATE '2025-07-01' THEN 2004 ELSE 2025 END) STORED,
    moderation             boolean NOT NULL DEFAULT false,
    offer_hours            int NOT NULL DEFAULT 48 CHECK (offer_hours BETWEEN 1 AND 720),
    reminder_hours         int NOT NULL DEFAULT 24 CHECK (reminder_hours BETWEEN 0 AND 720),
    location               text NOT NULL DEFAULT '',
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK (registration_closes_at IS NULL OR registration_opens_at IS NULL OR registration_closes_at > registration_opens_at)
);

CREATE TABLE training_coorganiser (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    logo_path    text,
    website      text CHECK (website IS NULL OR website ~ '^https://'),
    position     int NOT NULL DEFAULT 0
);
CREATE INDEX training_coorganiser_programme ON training_coorganiser (programme_id, position);

CREATE TABLE training_speaker (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    title        text NOT NULL DEFAULT '',
    organisation text NOT NULL DEFAULT '',
    photo_path   text,
    bio          text NOT NULL DEFAULT ''
);
CREATE INDEX training_speaker_programme ON training_speaker (programme_id);

CREATE TABLE training_topic (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    number       int NOT NULL CHECK (number BETWEEN 1 AND 999),
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    summary      text NOT NULL DEFAULT '',
    UNIQUE (programme_id, number)
);

CREATE TABLE training_topic_speaker (
    topic_id   bigint NOT NULL REFERENCES training_topic (id) ON DELETE CASCADE,
    speaker_id bigint NOT NULL REFERENCES training_speaker (id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, speaker_id)
);
CREATE INDEX training_topic_speaker_speaker ON training_topic_speaker (speaker_id);

CREATE TABLE training_session (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    number       int NOT NULL CHECK (number BETWEEN 1 AND 999),
    title        text NOT NULL DEFAULT '',
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    location     text NOT NULL DEFAULT '',
    online       boolean NOT NULL DEFAULT true,
    UNIQUE (programme_id, number),
    CHECK (ends_at > starts_at)
);
CREATE INDEX training_session_starts ON training_session (starts_at);

CREATE TABLE training_session_topic (
    session_id bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    topic_id   bigint NOT NULL REFERENCES training_topic (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, topic_id)
);
CREATE INDEX training_session_topic_topic ON training_session_topic (topic_id);

-- A delivery channel belongs to a session or to a topic. Zoom links are shown only to registrants.
CREATE TABLE training_channel (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    session_id   bigint REFERENCES training_session (id) ON DELETE CASCADE,
    topic_id     bigint REFERENCES training_topic (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('ZOOM_MEETING', 'ZOOM_WEBINAR', 'YOUTUBE', 'FACEBOOK', 'OTHER')),
    meeting_id   text,
    join_url     text NOT NULL CHECK (join_url ~ '^https://[^\s]+$'),
    passcode     text,
    label        text NOT NULL DEFAULT '',
    CHECK (num_nonnulls(session_id, topic_id) = 1)
);
CREATE INDEX training_channel_programme ON training_channel (programme_id);

CREATE TABLE training_material (
    id        bigserial PRIMARY KEY,
    topic_id  bigint NOT NULL REFERENCES training_topic (id) ON DELETE CASCADE,
    kind      text NOT NULL CHECK (kind IN ('SLIDES', 'DOCUMENT', 'RECORDING', 'LINK')),
    title     text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    url       text NOT NULL CHECK (url ~ '^(https://|/uploads/)'),
    file_id   bigint,
    position  int NOT NULL DEFAULT 0
);
CREATE INDEX training_material_topic ON training_material (topic_id, position);

-- Seats per delivery channel of the registration form (ZOOM / YOUTUBE / FACEBOOK); no row = unlimited.
-- taken counts registrations holding a seat (REGISTERED or OFFERED on that channel), kept by deltas in the
-- same transaction as the registration change; the row is the lock that serialises seat changes.
CREATE TABLE training_capacity (
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    channel      text NOT NULL CHECK (channel IN ('ZOOM', 'YOUTUBE', 'FACEBOOK')),
    seats        int NOT NULL CHECK (seats >= 0),
    taken        int NOT NULL DEFAULT 0 CHECK (taken >= 0),
    PRIMARY KEY (programme_id, channel)
);

-- Custom questions of a programme's registration form.
CREATE TABLE training_question (
    id                  bigserial PRIMARY KEY,
    programme_id        bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    position            int NOT NULL DEFAULT 0,
    label               text NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    kind                text NOT NULL CHECK (kind IN ('TEXT', 'SINGLE', 'MULTI', 'NUMBER', 'DATE', 'YES_NO')),
    options             text[] NOT NULL DEFAULT '{}',
    required            boolean NOT NULL DEFAULT false,
    show_if_question_id bigint REFERENCES training_question (id) ON DELETE SET NULL,
    show_if_value       text
);
CREATE INDEX training_question_programme ON training_question (programme_id, position);

-- The consent texts shown on the form (Nghị định 13/2023/NĐ-CP): each registration keeps its version and time.
CREATE TABLE training_consent_text (
    version text PRIMARY KEY,
    body    text NOT NULL
);
INSERT INTO training_consent_text (version, body) VALUES ('ND13-2023-tap-huan-v1',
    'Tôi đồng ý để đơn vị tổ chức thu thập và xử lý các dữ liệu cá nhân tôi khai trong phiếu này (họ tên, giới tính, năm sinh, '
    || 'đơn vị, chức vụ, địa bàn, số điện thoại, e-mail) chỉ nhằm mục đích tổ chức chuỗi tập huấn, gửi thông tin buổi học, '
    || 'điểm danh, cấp giấy chứng nhận và thống kê, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. '
    || 'Tôi có thể rút lại sự đồng ý bằng cách hủy đăng ký với mã đăng ký cá nhân.');

CREATE TABLE training_registration (
    id               bigserial PRIMARY KEY,
    programme_id     bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    code             text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{8}$'),
    full_name        text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
    gender           text CHECK (gender IN ('NAM', 'NU', 'KHAC')),
    birth_year       smallint CHECK (birth_year BETWEEN 1900 AND 2100),
    organisation     text NOT NULL DEFAULT '',
    job_title        text NOT NULL DEFAULT '',
    level            text CHECK (level IN ('TRUNG_UONG', 'TINH', 'XA')),
    province_version smallint NOT NULL,
    province_code    text NOT NULL,
    commune          text NOT NULL DEFAULT '',
    phone            text CHECK (phone ~ '^\+84[0-9]{9,10}$'),
    email            text,
    category         text NOT NULL CHECK (category IN ('PRODUCER', 'OFFICIAL', 'OTHER')),
    producer_type    text CHECK (producer_type IN ('DOANH_NGHIEP', 'HTX', 'TO_HOP_TAC', 'HO_SAN_XUAT')),
    product_name     text NOT NULL DEFAULT '',
    topic_ids        bigint[] NOT NULL DEFAULT '{}',
    channel_wanted   text NOT NULL CHECK (channel_wanted IN ('ZOOM', 'YOUTUBE', 'FACEBOOK')),
    channel          text NOT NULL CHECK (channel IN ('ZOOM', 'YOUTUBE', 'FACEBOOK')),
    accept_livestream boolean NOT NULL DEFAULT false,
    status           text NOT NULL CHECK (status IN ('PENDING', 'REGISTERED', 'WAITING', 'OFFERED', 'EXPIRED', 'WITHDRAWN', 'REJECTED')),
    question         text NOT NULL DEFAULT '',
    answers          jsonb NOT NULL DEFAULT '{}',
    consent_version  text NOT NULL REFERENCES training_consent_text (version),
    consent_at       timestamptz NOT NULL,
    waiting_since    timestamptz,
    offer_expires_at timestamptz,
    submitter_ip     inet,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    update_count     int NOT NULL DEFAULT 0,
    search_folded    text GENERATED ALWAYS AS (document_fold(full_name || ' ' || organisation || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))) STORED,
    FOREIGN KEY (province_version, province_code) REFERENCES province (version, code),
    CHECK (phone IS NOT NULL OR email IS NOT NULL),
    CHECK (category = 'PRODUCER' OR producer_type IS NULL)
);
-- the same phone or e-mail in one programme is one registration (the form updates it)
CREATE UNIQUE INDEX training_registration_phone ON training_registration (programme_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX training_registration_email ON training_registration (programme_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX training_registration_list ON training_registration (programme_id, status, created_at);
CREATE INDEX training_registration_waiting ON training_registration (programme_id, channel_wanted, waiting_since) WHERE status = 'WAITING';
CREATE INDEX training_registration_offers ON training_registration (offer_expires_at) WHERE status = 'OFFERED';
CREATE INDEX training_registration_search ON training_registration USING gin (search_folded gin_trgm_ops);

-- One reminder per registrant per session: the row is inserted before the mail is sent, so two nodes never
-- both send it.
CREATE TABLE training_reminder_sent (
    session_id      bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    registration_id bigint NOT NULL REFERENCES training_registration (id) ON DELETE CASCADE,
    sent_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, registration_id)
);

-- Bulk mail to registrants: a job with its template and filter, worked through in the background; the log
-- has one row per recipient (the primary key stops a second send).
CREATE TABLE training_mail_job (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    subject      text NOT NULL,
    body         text NOT NULL,
    status_filter text,
    state        text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'SENDING', 'DONE')),
    total        int NOT NULL DEFAULT 0,
    sent         int NOT NULL DEFAULT 0,
    failed       int NOT NULL DEFAULT 0,
    created_by   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

CREATE TABLE training_mail_log (
    job_id          bigint NOT NULL REFERENCES training_mail_job (id) ON DELETE CASCADE,
    registration_id bigint NOT NULL REFERENCES training_registration (id) ON DELETE CASCADE,
    sent_at         timestamptz NOT NULL DEFAULT now(),
    error           text,
    PRIMARY KEY (job_id, registration_id)
);
