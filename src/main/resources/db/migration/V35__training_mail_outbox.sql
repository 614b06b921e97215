-- The registrants' own mail (confirmation, seat offer, moderation result) leaves through an outbox: the request that
-- changed the registration writes the message here and returns; a sender delivers it, with retries when the mail
-- server refuses or is down. A delivered message is deleted; one that failed every attempt stays, with its error.
CREATE TABLE training_mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registration_id bigint NOT NULL REFERENCES training_registration (id) ON DELETE CASCADE,
    recipient       text NOT NULL CHECK (recipient <> ''),
    subject         text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    failed_at       timestamptz,
    last_error      text
);
CREATE INDEX training_mail_outbox_due ON training_mail_outbox (next_attempt_at) WHERE failed_at IS NULL;
CREATE INDEX training_mail_outbox_registration ON training_mail_outbox (registration_id);
