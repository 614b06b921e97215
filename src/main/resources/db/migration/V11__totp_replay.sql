-- The last TOTP time step (Unix seconds / 30) accepted for the user, at sign-in or enrolment:
-- a code is accepted only for a later step, so a code cannot be used twice, on any node.
ALTER TABLE app_user ADD COLUMN totp_last_step bigint;
