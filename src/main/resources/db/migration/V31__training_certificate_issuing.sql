-- Training certificates, issuing side (module training, builds on V27's training_certificate* tables): which
-- co-organisers print as issuing bodies, the printed options, and bulk e-mailing of issued certificates.

ALTER TABLE training_certificate_settings
    -- co-organisers printed as issuing bodies, in this order (1 to 3); none: issuer_name alone
    ADD COLUMN issuer_ids     bigint[] NOT NULL DEFAULT '{}' CHECK (cardinality(issuer_ids) <= 3),
    ADD COLUMN national_motto boolean NOT NULL DEFAULT false,
    ADD COLUMN kind           text NOT NULL DEFAULT 'PARTICIPATED' CHECK (kind IN ('PARTICIPATED', 'COMPLETED')),
    -- the date printed on the certificates ("Hà Nội, ngày …"); null: the day each one is issued
    ADD COLUMN issued_on      date,
    ADD CHECK (jsonb_typeof(signatories) = 'array' AND jsonb_array_length(signatories) <= 3);

-- Bulk e-mail of issued certificates: a job worked through in the background in batches. A certificate is claimed
-- by setting its emailed_at (a row-locked UPDATE, so two nodes or two jobs never both send it); a failed send gives
-- the claim back. The log keeps the outcome per job and certificate (the key stops a second attempt in one job).
CREATE TABLE training_certificate_mail_job (
    id           bigserial PRIMARY KEY,
    programme_id bigint NOT NULL REFERENCES training_programme (id) ON DELETE CASCADE,
    attach_pdf   boolean NOT NULL,
    state        text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'SENDING', 'DONE')),
    total        int NOT NULL DEFAULT 0,
    sent         int NOT NULL DEFAULT 0,
    failed       int NOT NULL DEFAULT 0,
    created_by   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX training_certificate_mail_job_open ON training_certificate_mail_job (id) WHERE state <> 'DONE';

CREATE TABLE training_certificate_mail_log (
    job_id         bigint NOT NULL REFERENCES training_certificate_mail_job (id) ON DELETE CASCADE,
    certificate_id bigint NOT NULL REFERENCES training_certificate (id) ON DELETE CASCADE,
    sent_at        timestamptz NOT NULL DEFAULT now(),
    error          text,
    PRIMARY KEY (job_id, certificate_id)
);

CREATE INDEX training_certificate_programme ON training_certificate (programme_id, serial);
