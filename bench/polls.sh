#!/usr/bin/env bash
# Benchmark: poll voting. The packaged portal on a small dataset, one open public poll, wrk posting votes at 64
# connections, every request from a distinct visitor (visitor cookies minted with the HMAC secret the portal keeps in
# its database, as any node would), then the acknowledged votes (303) are compared with the ballots stored.
#
#   bench/polls.sh                      # 20 s at 64 connections, 2,000 articles
#   DURATION=30s CONNECTIONS=64 THREADS=2 VOTERS=400000 ARTICLES=2000 are the knobs.
#   ADDRESSES=1024 spreads the votes over that many client addresses (X-Forwarded-For, trusted from localhost
#   with server.forward-headers-strategy=native); ADDRESSES=1 sends them all from one address, the worst case for
#   the per-address lock.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-2000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
VOTERS=${VOTERS:-400000}
ADDRESSES=${ADDRESSES:-1024}
APP_PORT=${APP_PORT:-18180}
DB_PORT=${DB_PORT:-18181}
WORK=bench/work/polls-$ARTICLES
RESULTS=bench/results
mkdir -p "$WORK" "$RESULTS"
WORK=$(cd "$WORK" && pwd)

. bench/lib.sh
need wrk wrk
need curl curl
need psql postgresql-client
need python3 python3

echo "== starting the portal ($ARTICLES articles; the first start seeds them)"
# all traffic comes from this machine: the per-address limit is raised out of the way (it is still counted, under
# its advisory lock, on every vote)
java -Xms1g -Xmx2g -jar "$JAR" --server.port=$APP_PORT --ntm.public-url=http://localhost:$APP_PORT \
  --ntm.embedded-db.dir="$WORK/pg" --ntm.embedded-db.port=$DB_PORT --ntm.upload-dir="$WORK/uploads" \
  --ntm.demo.articles=$ARTICLES --ntm.polls.max-votes-per-ip=1000000000 --server.forward-headers-strategy=native \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
wait_for_portal "http://localhost:$APP_PORT"
BASE=http://localhost:$APP_PORT
UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
sql() { psql -qtAX -h 127.0.0.1 -p "$DB_PORT" -U postgres -d ntmportal -c "$1"; }

echo "== creating the poll"
SLUG="bench-$(date -u +%Y%m%d%H%M%S)"
POLL=$(sql "INSERT INTO poll (slug, question, opens_at, results_visibility)
            VALUES ('$SLUG', 'Câu hỏi đo hiệu năng $SLUG', now() - interval '1 minute', 'ALWAYS') RETURNING id" | head -1)
OPTIONS=$(sql "INSERT INTO poll_option (poll_id, label, position)
               SELECT $POLL, 'Phương án ' || g, g * 10 FROM generate_series(1, 4) g RETURNING id" | grep -E '^[0-9]+$' | tr '\n' ' ')
echo "   poll $POLL ($SLUG), options $OPTIONS"

# the poll page gives the CSRF cookie and its form's token (reused by every request: the vote needs a valid pair);
# it also makes the portal create its visitor-cookie secret if this is the first page ever served
curl -s -A "$UA" -c "$WORK/jar.txt" "$BASE/tham-do/$SLUG" > "$WORK/poll.html"
XSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$WORK/jar.txt")
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/poll.html" | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$XSRF" ] && [ -n "$TOKEN" ] || { echo "no CSRF cookie or token on the poll page"; exit 1; }
SECRET=$(sql "SELECT value FROM site_setting WHERE key = 'stats.visitorSecret'")

echo "== minting $VOTERS visitor cookies"
SECRET="$SECRET" VOTERS="$VOTERS" python3 - > "$WORK/voters.txt" <<'PY'
import base64, hashlib, hmac, os, time, uuid
key = os.environ["SECRET"].encode()
minute = int(time.time() // 60)
out = []
for _ in range(int(os.environ["VOTERS"])):
    payload = f"{uuid.uuid4()}.{minute}"
    mac = hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest()[:16]
    out.append(payload + "." + base64.urlsafe_b64encode(mac).rstrip(b"=").decode())
print("\n".join(out))
PY
# one minted cookie must be accepted: a vote with it is counted, a second one refused
FIRST=$(head -1 "$WORK/voters.txt")
check=$(curl -s -o /dev/null -w '%{http_code}' -A "$UA" -b "ntm_v=$FIRST; XSRF-TOKEN=$XSRF" \
  --data-urlencode "_csrf=$TOKEN" -d "chon=$(echo $OPTIONS | cut -d' ' -f1)" "$BASE/tham-do/$SLUG/binh-chon")
again=$(curl -s -o /dev/null -w '%{http_code}' -A "$UA" -b "ntm_v=$FIRST; XSRF-TOKEN=$XSRF" \
  --data-urlencode "_csrf=$TOKEN" -d "chon=$(echo $OPTIONS | cut -d' ' -f1)" "$BASE/tham-do/$SLUG/binh-chon")
[ "$check" = 303 ] && [ "$again" = 409 ] || { echo "minted cookie check failed: $check then $again"; exit 1; }
sed -i 1d "$WORK/voters.txt"
sql "DELETE FROM poll_ballot WHERE poll_id = $POLL" >/dev/null

ENC_TOKEN=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$TOKEN")
cat > "$WORK/vote.lua" <<LUA
-- each wrk thread takes every n-th minted cookie, so no two requests share a visitor
local threads = {}
local nextId = 0
function setup(thread)
  thread:set("tid", nextId)
  nextId = nextId + 1
  table.insert(threads, thread)
end
function init(args)
  cookies = {}
  local i = 0
  for line in io.lines("$WORK/voters.txt") do
    if i % $THREADS == tid then cookies[#cookies + 1] = line end
    i = i + 1
  end
  options = { $(echo $OPTIONS | sed 's/ /, /g') }
  n = 0
  acked = 0; conflicts = 0; other = 0; reused = 0
end
function request()
  n = n + 1
  if n > #cookies then reused = reused + 1 end
  local cookie = cookies[(n - 1) % #cookies + 1]
  local address = $ADDRESSES > 1 and ("10." .. (tid + 1) .. "." .. math.floor((n % $ADDRESSES) / 256) .. "." .. (n % 256)) or "127.0.0.1"
  local headers = { ["User-Agent"] = "$UA", ["Content-Type"] = "application/x-www-form-urlencoded",
                    ["Cookie"] = "ntm_v=" .. cookie .. "; XSRF-TOKEN=$XSRF", ["X-Forwarded-For"] = address }
  return wrk.format("POST", "/tham-do/$SLUG/binh-chon", headers, "_csrf=$ENC_TOKEN&chon=" .. options[n % #options + 1])
end
function response(status, headers, body)
  if status == 303 then acked = acked + 1 elseif status == 409 then conflicts = conflicts + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local a, c, o, r = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("acked"); c = c + t:get("conflicts"); o = o + t:get("other"); r = r + t:get("reused")
  end
  io.write(string.format("ACKED %d\nCONFLICTS %d\nOTHER %d\nREUSED %d\n", a, c, o, r))
end
LUA

echo "== warm-up (5 s, then its ballots are removed)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout 10s -s "$WORK/vote.lua" "$BASE" > "$WORK/wrk-warmup.txt" 2>&1 || true
sleep 1
sql "DELETE FROM poll_ballot WHERE poll_id = $POLL" >/dev/null
# the warm-up used the first cookies: shift the pool so the measured run starts with fresh visitors
WARM=$(awk '/^ACKED/ {a=$2} /^CONFLICTS/ {c=$2} /^OTHER/ {o=$2} END {print a + c + o}' "$WORK/wrk-warmup.txt")
sed -i "1,${WARM:-0}d" "$WORK/voters.txt"

echo "== measuring ($DURATION, $CONNECTIONS connections, $THREADS threads, $ADDRESSES client addresses)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$WORK/vote.lua" "$BASE" > "$WORK/wrk-votes.txt" 2>&1
sleep 1
ACKED=$(awk '/^ACKED/ {print $2}' "$WORK/wrk-votes.txt")
CONFLICTS=$(awk '/^CONFLICTS/ {print $2}' "$WORK/wrk-votes.txt")
OTHER=$(awk '/^OTHER/ {print $2}' "$WORK/wrk-votes.txt")
REUSED=$(awk '/^REUSED/ {print $2}' "$WORK/wrk-votes.txt")
STORED=$(sql "SELECT count(*) FROM poll_ballot WHERE poll_id = $POLL")
CHOICES=$(sql "SELECT count(*) FROM poll_ballot_choice WHERE poll_id = $POLL")
VISITORS=$(sql "SELECT count(DISTINCT visitor_id) FROM poll_ballot WHERE poll_id = $POLL")
SECONDS_RUN=$(echo "$DURATION" | sed 's/s$//')
P99=$(awk '$1=="99%" {print $2}' "$WORK/wrk-votes.txt")
ERRORS=$(grep -E 'Socket errors|Non-2xx' "$WORK/wrk-votes.txt" | tr '\n' ' ' || true)
LOST=$(( ACKED > STORED ? ACKED - STORED : 0 ))
EXTRA=$(( STORED > ACKED ? STORED - ACKED : 0 ))
DOUBLE=$(( STORED - VISITORS ))

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
{
  echo "NTM Portal poll-voting benchmark $STAMP: $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ADDRESSES client addresses"
  printf 'votes/s (acknowledged)  %10.0f\n' "$(awk -v a="$ACKED" -v s="$SECONDS_RUN" 'BEGIN {print a / s}')"
  printf 'p99 latency             %10s\n' "$P99"
  printf 'acknowledged (303)      %10d\n' "$ACKED"
  printf 'refused as repeat (409) %10d   (cookies reused after the pool ran out: %d)\n' "$CONFLICTS" "$REUSED"
  printf 'other responses         %10d   %s\n' "$OTHER" "$ERRORS"
  printf 'stored ballots          %10d   (choices %d, distinct visitors %d)\n' "$STORED" "$CHOICES" "$VISITORS"
  printf 'lost                    %10d   (acknowledged but not stored; must be 0)\n' "$LOST"
  printf 'stored unacknowledged   %10d   (in flight when wrk stopped, or lost to a client timeout)\n' "$EXTRA"
  printf 'double-counted          %10d   (ballots beyond one per visitor; must be 0)\n' "$DOUBLE"
} | tee "$RESULTS/polls-$STAMP.txt"
[ "$LOST" -eq 0 ] && [ "$DOUBLE" -eq 0 ] && [ "$CHOICES" -eq "$STORED" ]
