-- Training programme dashboard: identified attendance per session and status kept as a tally, so the dashboard reads
-- a few dozen rows instead of counting hundreds of thousands of attendance rows on every view. The tally is kept by
-- statement-level triggers over the rows each statement inserted or deleted (transition tables), so every writer
-- (the recompute after an import or a review decision, cascaded deletes of sessions, registrations or programmes)
-- keeps it right in the same transaction.

CREATE TABLE training_attendance_tally (
    session_id bigint NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    status     text   NOT NULL,
    n          bigint NOT NULL CHECK (n >= 0),
    PRIMARY KEY (session_id, status)
);

CREATE FUNCTION training_attendance_tally_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO training_attendance_tally AS t (session_id, status, n)
    SELECT session_id, status, count(*) FROM added GROUP BY session_id, status ORDER BY session_id, status
    ON CONFLICT (session_id, status) DO UPDATE SET n = t.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE FUNCTION training_attendance_tally_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- rows of a session being deleted with its tally are skipped by the join
    UPDATE training_attendance_tally t SET n = t.n - d.n
      FROM (SELECT session_id, status, count(*) AS n FROM removed GROUP BY session_id, status ORDER BY session_id, status) d
     WHERE t.session_id = d.session_id AND t.status = d.status;
    RETURN NULL;
END $$;

CREATE TRIGGER training_attendance_tally_insert AFTER INSERT ON training_attendance
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_tally_add();
CREATE TRIGGER training_attendance_tally_delete AFTER DELETE ON training_attendance
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_tally_remove();
CREATE TRIGGER training_attendance_tally_update_remove AFTER UPDATE ON training_attendance
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_tally_remove();
CREATE TRIGGER training_attendance_tally_update_add AFTER UPDATE ON training_attendance
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_tally_add();

INSERT INTO training_attendance_tally (session_id, status, n)
SELECT session_id, status, count(*) FROM training_attendance GROUP BY session_id, status;

-- people waiting in the review queue per session, counted with their import (superseded imports do not count)
-- from the index alone
DROP INDEX training_zoom_person_review;
CREATE INDEX training_zoom_person_review ON training_zoom_person (session_id, import_id) WHERE review_state = 'PENDING';
