package vn.ntm.portal.training.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registration form's question lands among the questions per topic: one {@code training_ask} row of source
 * REGISTRATION per registration (unique partial index, V29), written in the registration's own transaction. Its
 * topic is the single topic the registrant wanted, if exactly one. A changed question goes back to moderation
 * (PENDING, unpublished; an answer already written is kept); a question emptied on the personal page removes the
 * row while nobody has handled it yet.
 */
@Component
class AskFromRegistration {

    private final JdbcClient jdbc;

    AskFromRegistration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Brings the registration's question row in step with the registration; call inside its transaction. */
    void sync(long registrationId) {
        int n = jdbc.sql("""
                INSERT INTO training_ask (programme_id, topic_id, registration_id, source, asker_name, body)
                SELECT r.programme_id,
                       CASE WHEN cardinality(r.topic_ids) = 1
                            THEN (SELECT t.id FROM training_topic t WHERE t.id = r.topic_ids[1] AND t.programme_id = r.programme_id) END,
                       r.id, 'REGISTRATION', r.full_name, left(btrim(r.question), 4000)
                  FROM training_registration r WHERE r.id = ? AND btrim(r.question) <> ''
                ON CONFLICT (registration_id) WHERE source = 'REGISTRATION' DO UPDATE SET
                  body = EXCLUDED.body,
                  asker_name = EXCLUDED.asker_name,
                  status = CASE WHEN training_ask.body <> EXCLUDED.body THEN 'PENDING' ELSE training_ask.status END,
                  published = CASE WHEN training_ask.body <> EXCLUDED.body THEN false ELSE training_ask.published END,
                  topic_id = CASE WHEN training_ask.status = 'PENDING' AND training_ask.answered_at IS NULL
                                  THEN EXCLUDED.topic_id ELSE training_ask.topic_id END,
                  speaker_id = CASE WHEN training_ask.status = 'PENDING' AND training_ask.answered_at IS NULL
                                         AND EXCLUDED.topic_id IS DISTINCT FROM training_ask.topic_id
                                    THEN NULL ELSE training_ask.speaker_id END,
                  updated_at = now()
                WHERE training_ask.body <> EXCLUDED.body OR training_ask.asker_name <> EXCLUDED.asker_name
                   OR (training_ask.status = 'PENDING' AND training_ask.answered_at IS NULL
                       AND EXCLUDED.topic_id IS DISTINCT FROM training_ask.topic_id)""")
                .param(registrationId).update();
        if (n == 0) {
            jdbc.sql("""
                    DELETE FROM training_ask a WHERE a.registration_id = ? AND a.source = 'REGISTRATION' AND a.status = 'PENDING'
                       AND a.answered_at IS NULL
                       AND EXISTS (SELECT 1 FROM training_registration r WHERE r.id = a.registration_id AND btrim(r.question) = '')""")
                    .param(registrationId).update();
        }
    }
}
