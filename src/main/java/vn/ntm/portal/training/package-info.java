/**
 * Training series ("Chuỗi tập huấn"): programmes with co-organisers, topics, speakers, sessions, delivery
 * channels and materials; the public pages under {@code /tap-huan} with the series timetable and an iCal
 * export; registration with personal codes, deduplication by phone and e-mail, per-channel capacity and a
 * waiting list; the organisers' screens under {@code /quan-tri/tap-huan} (role {@code TAP_HUAN},
 * {@link vn.ntm.portal.training.TrainingRoles}). Versioned provinces (63 old units, 34 new ones) are its
 * reference data. Rules and value types live in {@code domain}, storage, jobs and mail in {@code internal},
 * screens in {@code web}.
 */
package vn.ntm.portal.training;
