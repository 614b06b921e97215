#!/usr/bin/env bash
# Benchmark: a training programme's dashboard (/quan-tri/tap-huan/{id}/bao-cao) over 100,000 registrations and
# 1,000,000 Zoom intervals. The packaged portal on its own data directory (kept under bench/work/, seeded once), a
# dedicated programme written with generate_series (8 sessions, 11 topics, registrations over the 34 provinces,
# 400,000 Zoom people with 1,000,000 intervals, their attendance, reach rows with superseded imports, questions and a
# survey), then wrk signed in as an administrator: p50/p95/p99 of the page (target: p99 ≤ 200 ms).
#
#   bench/training-dashboard.sh                 # 20 s at 4 connections
#   DURATION=20s CONNECTIONS=4 THREADS=2 REGISTRATIONS=100000 PEOPLE_PER_SESSION=50000 APP_PORT=18190 DB_PORT=18191
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
REGISTRATIONS=${REGISTRATIONS:-100000}
PEOPLE_PER_SESSION=${PEOPLE_PER_SESSION:-50000}
APP_PORT=${APP_PORT:-18190}
DB_PORT=${DB_PORT:-18191}
PASSWORD='Bench-dashboard-2026-quan-tri'
WORK=bench/work/training-dashboard
RESULTS=bench/results
mkdir -p "$WORK" "$RESULTS"
WORK=$(cd "$WORK" && pwd)

. bench/lib.sh
need wrk wrk
need curl curl
need psql postgresql-client

echo "== starting the portal (its own data directory $WORK)"
java -Xms512m -Xmx1g -jar "$JAR" --server.port=$APP_PORT --ntm.public-url=http://localhost:$APP_PORT \
  --ntm.embedded-db.dir="$WORK/pg" --ntm.embedded-db.port=$DB_PORT --ntm.upload-dir="$WORK/uploads" \
  --ntm.demo.articles=300 --ntm.demo.training-reports=false --ntm.admin.password="$PASSWORD" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
wait_for_portal "http://localhost:$APP_PORT"
BASE=http://localhost:$APP_PORT
sql() { psql -qtAX -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d ntmportal -c "$1"; }

SLUG=bench-bang-dieu-khien
P=$(sql "SELECT id FROM training_programme WHERE slug = '$SLUG'")
if [ -z "$P" ]; then
  echo "== seeding the programme: $REGISTRATIONS registrations, 8 x $PEOPLE_PER_SESSION Zoom people, their intervals (once; kept in $WORK)"
  started=$(date +%s)
  psql -qtAX -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d ntmportal <<SQL
BEGIN;
INSERT INTO training_programme (slug, name, starts_on, ends_on, status)
VALUES ('$SLUG', 'Chuỗi tập huấn đo hiệu năng bảng điều khiển', DATE '2025-09-01', DATE '2025-09-30', 'CLOSED');
INSERT INTO training_coorganiser (programme_id, name, position)
SELECT id, 'Văn phòng Điều phối nông thôn mới Trung ương', 1 FROM training_programme WHERE slug = '$SLUG';
INSERT INTO training_topic (programme_id, number, title)
SELECT p.id, n, 'Chuyên đề đo hiệu năng ' || n FROM training_programme p, generate_series(1, 11) n WHERE p.slug = '$SLUG';
INSERT INTO training_session (programme_id, number, starts_at, ends_at)
SELECT p.id, n, TIMESTAMPTZ '2025-09-02 08:00+07' + (n - 1) * interval '3 days', TIMESTAMPTZ '2025-09-02 11:30+07' + (n - 1) * interval '3 days'
  FROM training_programme p, generate_series(1, 8) n WHERE p.slug = '$SLUG';
INSERT INTO training_session_topic (session_id, topic_id)
SELECT s.id, t.id FROM training_session s JOIN training_programme p ON p.id = s.programme_id AND p.slug = '$SLUG'
  JOIN training_topic t ON t.programme_id = p.id AND (t.number = s.number OR (s.number <= 3 AND t.number = s.number + 8));
-- registrations over the 34 provinces, 30/65/5; codes Z + 7 hex digits (valid, unique), phones unique
INSERT INTO training_registration (programme_id, code, full_name, level, province_version, province_code, phone, category, producer_type,
  topic_ids, channel_wanted, channel, status, consent_version, consent_at)
SELECT p.id, 'Z' || upper(lpad(to_hex(g), 7, '0')), 'Học viên ' || g,
       CASE WHEN g % 100 BETWEEN 30 AND 94 THEN (ARRAY['TRUNG_UONG','TINH','XA'])[1 + g % 3] END,
       2025, pr.codes[1 + (g * 7919) % 34], '+8496' || lpad(g::text, 7, '0'),
       CASE WHEN g % 100 < 30 THEN 'PRODUCER' WHEN g % 100 < 95 THEN 'OFFICIAL' ELSE 'OTHER' END,
       CASE WHEN g % 100 < 30 THEN 'HTX' END, '{}',
       (ARRAY['ZOOM','ZOOM','YOUTUBE','YOUTUBE','FACEBOOK'])[1 + g % 5], (ARRAY['ZOOM','ZOOM','YOUTUBE','YOUTUBE','FACEBOOK'])[1 + g % 5],
       CASE WHEN g % 50 = 0 THEN 'WITHDRAWN' ELSE 'REGISTERED' END, 'ND13-2023-tap-huan-v1', TIMESTAMPTZ '2025-08-15 08:00+07'
  FROM training_programme p, (SELECT array_agg(code ORDER BY code) AS codes FROM province WHERE version = 2025) pr,
       generate_series(1, $REGISTRATIONS) g
 WHERE p.slug = '$SLUG';
-- per session: an older Zoom webinar import superseded by the current one, YouTube and Facebook imports
INSERT INTO training_import (programme_id, session_id, kind, file_name, sha256, size_bytes, content, parser_version, time_zone)
SELECT s.programme_id, s.id, k.kind, k.kind || '-buoi-' || s.number || '.csv', encode(sha256((k.kind || s.id)::bytea), 'hex'), 3, '\x616263',
       'bench', 'Asia/Ho_Chi_Minh'
  FROM training_session s JOIN training_programme p ON p.id = s.programme_id AND p.slug = '$SLUG',
       (VALUES ('ZOOM_WEBINAR'), ('YOUTUBE'), ('FACEBOOK_VIDEOS')) k(kind);
INSERT INTO training_import (programme_id, session_id, kind, file_name, sha256, size_bytes, content, parser_version, time_zone, superseded_by)
SELECT i.programme_id, i.session_id, 'ZOOM_WEBINAR', 'cu.csv', encode(sha256(('old' || i.session_id)::bytea), 'hex'), 3, '\x616263', 'bench',
       'Asia/Ho_Chi_Minh', i.id
  FROM training_import i JOIN training_programme p ON p.id = i.programme_id AND p.slug = '$SLUG' WHERE i.kind = 'ZOOM_WEBINAR';
-- Zoom people of the current imports: 95 % matched to a registration, 5 % waiting for review; 2 or 3 intervals each
-- (a rejoin): 2.5 on average, 1,000,000 for 400,000 people
INSERT INTO training_zoom_person (import_id, session_id, person_key, name, registration_id, match_method, review_state, review_reason, seconds,
  joined_at, left_at)
SELECT i.id, i.session_id, 'email:p' || g || '@example.test', 'Người ' || g,
       CASE WHEN g % 20 <> 0 THEN r.first_id + ((g * 37 + s.number * 7919) % $REGISTRATIONS) END,
       CASE WHEN g % 20 <> 0 THEN 'EMAIL' END, CASE WHEN g % 20 <> 0 THEN 'MATCHED' ELSE 'PENDING' END,
       CASE WHEN g % 20 = 0 THEN 'NOT_FOUND' END, 9000,
       ARRAY(SELECT s.starts_at + (k - 1) * interval '70 minutes' FROM generate_series(1, 2 + g % 2) k),
       ARRAY(SELECT s.starts_at + (k - 1) * interval '70 minutes' + interval '65 minutes' FROM generate_series(1, 2 + g % 2) k)
  FROM training_import i JOIN training_session s ON s.id = i.session_id
  JOIN training_programme p ON p.id = i.programme_id AND p.slug = '$SLUG',
       (SELECT min(r.id) AS first_id FROM training_registration r JOIN training_programme p ON p.id = r.programme_id AND p.slug = '$SLUG') r,
       generate_series(1, $PEOPLE_PER_SESSION) g
 WHERE i.kind = 'ZOOM_WEBINAR' AND i.superseded_by IS NULL;
INSERT INTO training_attendance (session_id, registration_id, seconds, minutes, percent, first_join, status)
SELECT zp.session_id, zp.registration_id, max(zp.seconds), max(zp.seconds) / 60, 71, min(s.starts_at),
       (ARRAY['PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','LATE','LATE','ABSENT','PRESENT'])[1 + zp.registration_id % 10]
  FROM training_zoom_person zp JOIN training_session s ON s.id = zp.session_id
  JOIN training_programme p ON p.id = s.programme_id AND p.slug = '$SLUG'
 WHERE zp.registration_id IS NOT NULL
 GROUP BY zp.session_id, zp.registration_id;
INSERT INTO training_reach (session_id, platform, import_id, views, peak_concurrent, watch_time_hours)
SELECT i.session_id, CASE WHEN i.kind LIKE 'ZOOM%' THEN 'ZOOM' WHEN i.kind = 'YOUTUBE' THEN 'YOUTUBE' ELSE 'FACEBOOK' END, i.id,
       CASE WHEN i.kind LIKE 'ZOOM%' THEN 60000 WHEN i.kind = 'YOUTUBE' THEN 40000 ELSE 55000 END, 30000, 12000
  FROM training_import i JOIN training_programme p ON p.id = i.programme_id AND p.slug = '$SLUG';
INSERT INTO training_reach (session_id, platform, peak_concurrent, note)
SELECT s.id, 'YOUTUBE', 2500, 'nhập tay' FROM training_session s JOIN training_programme p ON p.id = s.programme_id AND p.slug = '$SLUG';
INSERT INTO training_ask (programme_id, topic_id, source, body, status, answer_html, answered_at)
SELECT p.id, t.id, 'SITE', 'Câu hỏi đo hiệu năng ' || g, 'APPROVED', CASE WHEN g % 4 <> 0 THEN '<p>Trả lời</p>' ELSE '' END,
       CASE WHEN g % 4 <> 0 THEN now() END
  FROM training_programme p JOIN training_topic t ON t.programme_id = p.id, generate_series(1, 30) g WHERE p.slug = '$SLUG';
INSERT INTO training_survey (programme_id, scope, title, kirkpatrick, timing)
SELECT id, 'PROGRAMME', 'Phiếu đánh giá cuối khóa', 1, 'POST' FROM training_programme WHERE slug = '$SLUG';
INSERT INTO training_survey_response (survey_id, registration_id, category, positive)
SELECT sv.id, r.id, r.category, (r.id / 10) % 5 <> 0
  FROM training_survey sv JOIN training_programme p ON p.id = sv.programme_id AND p.slug = '$SLUG'
  JOIN training_registration r ON r.programme_id = p.id WHERE r.id % 10 = 0;
COMMIT;
VACUUM ANALYZE training_registration;
VACUUM ANALYZE training_zoom_person;
VACUUM ANALYZE training_attendance;
VACUUM ANALYZE training_reach;
VACUUM ANALYZE training_import;
VACUUM ANALYZE training_ask;
VACUUM ANALYZE training_survey_response;
SQL
  echo "   seeded in $(( $(date +%s) - started )) s"
  P=$(sql "SELECT id FROM training_programme WHERE slug = '$SLUG'")
fi
echo "   programme $P: $(sql "SELECT count(*) FROM training_registration WHERE programme_id = $P") registrations,"\
  "$(sql "SELECT sum(cardinality(zp.joined_at)) FROM training_zoom_person zp JOIN training_session s ON s.id = zp.session_id WHERE s.programme_id = $P") intervals,"\
  "$(sql "SELECT count(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id WHERE s.programme_id = $P") attendance rows"

echo "== signing in as the administrator"
sql "UPDATE app_user SET must_change_password = false WHERE username = 'admin'" >/dev/null
rm -f "$WORK/jar.txt"
LOGIN_PAGE=$(curl -s -c "$WORK/jar.txt" -b "$WORK/jar.txt" "$BASE/dang-nhap")
TOKEN=$(echo "$LOGIN_PAGE" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$WORK/jar.txt" -b "$WORK/jar.txt" --data-urlencode "_csrf=$TOKEN" --data-urlencode "login=admin" \
  --data-urlencode "password=$PASSWORD" "$BASE/dang-nhap"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$WORK/jar.txt")
URL="$BASE/quan-tri/tap-huan/$P/bao-cao"
code=$(curl -s -o "$WORK/dashboard.html" -w '%{http_code}' -b "SESSION=$SESSION" "$URL")
[ "$code" = 200 ] || { echo "the dashboard answered $code (signed in: ${SESSION:+yes})"; exit 1; }
for f in registrants visits questions positive; do
  echo "   $f on the page: $(tr -d '\n' < "$WORK/dashboard.html" | grep -o "data-figure=\"$f\">.\{0,400\}" | grep -o 'data-value="[0-9]*"' | head -1 | tr -dc '0-9' || true)"
done

cat > "$WORK/dashboard.lua" <<LUA
wrk.headers["Cookie"] = "SESSION=$SESSION"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("bad") end
  io.write(string.format("P50 %.1f\nP95 %.1f\nP99 %.1f\nMAX %.1f\nREQUESTS %d\nNON200 %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests, b))
end
LUA

echo "== warm-up (10 s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --timeout 10s -s "$WORK/dashboard.lua" "$URL" > "$WORK/wrk-warmup.txt" 2>&1 || true
echo "== measuring ($DURATION, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$WORK/dashboard.lua" "$URL" > "$WORK/wrk-dashboard.txt" 2>&1
get() { awk -v k="$1" '$1 == k {print $2}' "$WORK/wrk-dashboard.txt"; }
SECONDS_RUN=$(echo "$DURATION" | sed 's/s$//')
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
{
  echo "NTM Portal training dashboard benchmark $STAMP: $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg)), wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  echo "programme $P: $REGISTRATIONS registrations, 8 x $PEOPLE_PER_SESSION Zoom people, ~1,000,000 intervals"
  printf 'p50 latency (ms)   %8s\n' "$(get P50)"
  printf 'p95 latency (ms)   %8s\n' "$(get P95)"
  printf 'p99 latency (ms)   %8s   (target <= 200)\n' "$(get P99)"
  printf 'max latency (ms)   %8s\n' "$(get MAX)"
  printf 'pages/s            %8.1f\n' "$(awk -v a="$(get REQUESTS)" -v s="$SECONDS_RUN" 'BEGIN {print a / s}')"
  printf 'non-200 responses  %8s\n' "$(get NON200)"
} | tee "$RESULTS/training-dashboard-$STAMP.txt"
[ "$(get NON200)" = 0 ]
