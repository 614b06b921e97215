-- Questions per topic (training_ask, V27), part 2: the registration form's question is one training_ask row per
-- registration (source REGISTRATION), kept in step by RegistrationService; the published list of a topic is read
-- most upvoted first; and the questions typed in registrations made before this migration are copied once.

CREATE UNIQUE INDEX training_ask_registration_question ON training_ask (registration_id) WHERE source = 'REGISTRATION';
CREATE INDEX training_ask_published ON training_ask (topic_id, upvotes DESC, id) WHERE published;
CREATE INDEX training_ask_speaker ON training_ask (speaker_id) WHERE speaker_id IS NOT NULL;

-- the topic is the single topic the registrant wanted, if exactly one (and it belongs to the programme)
INSERT INTO training_ask (programme_id, topic_id, registration_id, source, asker_name, body, created_at, updated_at)
SELECT r.programme_id,
       CASE WHEN cardinality(r.topic_ids) = 1
            THEN (SELECT t.id FROM training_topic t WHERE t.id = r.topic_ids[1] AND t.programme_id = r.programme_id) END,
       r.id, 'REGISTRATION', r.full_name, left(btrim(r.question), 4000), r.created_at, r.created_at
  FROM training_registration r
 WHERE btrim(r.question) <> ''
ON CONFLICT (registration_id) WHERE source = 'REGISTRATION' DO NOTHING;
