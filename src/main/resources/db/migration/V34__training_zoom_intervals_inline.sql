-- Zoom imports, faster: a 100,000-row participant report used to write ~100,000 interval rows and ~35,000 people,
-- each row checked against its parent by a foreign-key trigger (about 8 µs per check, most of the import's time).
-- Now a person keeps its join/leave intervals in two parallel arrays (as the report gave them, in join order), and the
-- person's import and session are checked once per statement, over all the rows it wrote, instead of once per row.

ALTER TABLE training_zoom_person
    ADD COLUMN joined_at timestamptz[] NOT NULL DEFAULT '{}',
    ADD COLUMN left_at   timestamptz[] NOT NULL DEFAULT '{}';
UPDATE training_zoom_person p SET joined_at = i.joined, left_at = i.left_
  FROM (SELECT person_id, array_agg(joined_at ORDER BY joined_at, left_at) AS joined, array_agg(left_at ORDER BY joined_at, left_at) AS left_
          FROM training_interval GROUP BY person_id) i
 WHERE i.person_id = p.id;
ALTER TABLE training_zoom_person ADD CONSTRAINT training_zoom_person_intervals_check
    CHECK (cardinality(joined_at) = cardinality(left_at));
DROP TABLE training_interval;

-- The import (and its session) of every person a statement wrote must exist; the imports are locked against a
-- concurrent delete as a foreign key would (FOR KEY SHARE).
ALTER TABLE training_zoom_person DROP CONSTRAINT training_zoom_person_import_id_fkey,
                                 DROP CONSTRAINT training_zoom_person_session_id_fkey;
-- (the unique index on (import_id, person_key) serves the lookups by import)

CREATE FUNCTION training_zoom_person_check_import() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM training_import WHERE id IN (SELECT DISTINCT import_id FROM written) FOR KEY SHARE;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT import_id, session_id FROM written) w
                WHERE NOT EXISTS (SELECT 1 FROM training_import i WHERE i.id = w.import_id AND i.session_id = w.session_id)) THEN
        RAISE EXCEPTION 'training_zoom_person: import_id and session_id must name an import of that session'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER training_zoom_person_import_insert AFTER INSERT ON training_zoom_person
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION training_zoom_person_check_import();
CREATE TRIGGER training_zoom_person_import_update AFTER UPDATE ON training_zoom_person
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION training_zoom_person_check_import();

-- ON DELETE CASCADE from the import (and so from its session and programme), once per statement
CREATE FUNCTION training_import_delete_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM training_zoom_person WHERE import_id IN (SELECT id FROM removed);
    RETURN NULL;
END $$;
CREATE TRIGGER training_import_delete_people AFTER DELETE ON training_import
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION training_import_delete_people();
