#!/usr/bin/env bash
# Benchmark of the site search: p50/p95/p99 and req/s of the results page /tim-kiem at 16 concurrent clients over
# 200,000 articles + 20,000 documents, next to the same queries answered by a naive ILIKE '%…%' query and by
# PostgreSQL full-text search (ts_rank over a GIN-indexed tsvector), in the same run, with the ratios.
#
#   bench/search.sh                                   # full scale (the first start seeds and indexes, ~10-20 min)
#   ARTICLES=20000 DOCUMENTS=2000 bench/search.sh     # small, to try the script
#   DURATION=30s WARMUP=30s CONNECTIONS=16 THREADS=2 PGFTS=1 are the other knobs (PGFTS=0 skips full-text search).
#   Besides latency, each run prints the portal JVM's CPU time per request (from /proc; PostgreSQL's is not
#   included, so it is low for the ILIKE and full-text runs), which other load on the
#   machine hardly changes.
#   CACHED_PAGES=0 turns the per-node cache of answered result pages off, to measure the index itself.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-200000}
DOCUMENTS=${DOCUMENTS:-20000}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PGFTS=${PGFTS:-1}
APP_PORT=${APP_PORT:-18090}
WORK=bench/work/search-$ARTICLES-$DOCUMENTS
RESULTS=bench/results
mkdir -p "$WORK" "$RESULTS"
WORK=$(cd "$WORK" && pwd)

. bench/lib.sh
need wrk wrk
need curl curl
need psql postgresql-client

echo "== starting the portal ($ARTICLES articles, $DOCUMENTS documents; the first start seeds and indexes them)"
java -Xms1g -Xmx3g ${JAVA_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --ntm.public-url=http://localhost:$APP_PORT \
  --ntm.embedded-db.dir="$WORK/pg" --ntm.upload-dir="$WORK/uploads" --ntm.search.index-dir="$WORK/index" \
  --ntm.demo.articles=$ARTICLES --ntm.demo.documents=$DOCUMENTS --ntm.search.naive-endpoint=true \
  ${CACHED_PAGES:+--ntm.search.cached-pages=$CACHED_PAGES} \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
BASE=http://localhost:$APP_PORT
wait_for_portal "$BASE" 3600
echo "== waiting for the search index (the results page stops saying it is being built)"
for i in $(seq 1 3600); do
  page=$(curl -s "$BASE/tim-kiem?q=n%C3%B4ng+th%C3%B4n" || true)
  if [ -n "$page" ] && ! grep -q 'data-building' <<<"$page" && grep -q 'data-count' <<<"$page"; then break; fi
  kill -0 $APP_PID 2>/dev/null || { echo "the portal stopped:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 2
done
grep 'Tìm kiếm: đã xây dựng lại' "$WORK/app.log" | tail -1 || true
echo "   $(grep -o 'Tìm thấy[^<]*' <<<"$page")"

# ~30 realistic queries: with and without diacritics, phrases, common and rare words, document numbers
QUERIES=(
  "nông thôn mới" "nong thon moi" "xây dựng nông thôn mới" "\"nông thôn mới\"" "\"nong thon moi nang cao\""
  "OCOP" "sản phẩm OCOP" "san pham ocop 4 sao" "hợp tác xã" "hop tac xa"
  "giao thông nông thôn" "đường giao thông" "duong giao thong" "nước sạch" "môi trường"
  "moi truong" "tiêu chí" "tieu chi so 17" "xã đạt chuẩn" "huyện nông thôn mới"
  "quyết định" "kế hoạch thực hiện" "ke hoach" "chương trình mục tiêu quốc gia" "vốn đầu tư công"
  "thủy lợi" "đảng ủy" "dang uy" "chuyển đổi số" "du lịch nông thôn"
)
ENCODED=$(python3 -c 'import sys, urllib.parse; print("\n".join(urllib.parse.quote_plus(q) for q in sys.argv[1:]))' "${QUERIES[@]}")

lua() { # $1 = path prefix up to q=, $2 = output file
  {
    echo "paths = {"
    while IFS= read -r q; do echo "  \"$1$q\","; done <<<"$ENCODED"
    echo "}"
    cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept"] = "text/html" })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
LUA
  } > "$2"
}
lua "/tim-kiem?q=" "$WORK/lucene.lua"
lua "/tim-kiem/ilike?q=" "$WORK/ilike.lua"
lua "/tim-kiem/ilike?engine=pgfts&q=" "$WORK/pgfts.lua"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
run() { # $1 = name, $2 = lua
  local out before after n
  before=$(cpu_ticks)
  out=$(wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 60s --latency -s "$2" "$BASE" | tee "$WORK/$1.txt" | grep '^RESULT' || true)
  after=$(cpu_ticks)
  n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/$1.txt")
  echo "$1 $out jvm_cpu_ms_per_request=$(python3 -c "print(round(($after - $before) * 1000 / $(getconf CLK_TCK) / max(1, ${n:-0}), 2))")"
}

echo "== warm-up ($WARMUP, so that the JIT has compiled the request path)"
wrk -t$THREADS -c$CONNECTIONS -d$WARMUP --timeout 60s -s "$WORK/lucene.lua" "$BASE" >/dev/null
echo "== measuring, $CONNECTIONS connections, $DURATION each"
LUCENE=$(run lucene "$WORK/lucene.lua")
echo "$LUCENE"
ILIKE=$(run ilike "$WORK/ilike.lua")
echo "$ILIKE"

PG=""
if [ "$PGFTS" = "1" ]; then
  PGPORT=$(sed -n 4p "$WORK/pg/postmaster.pid")
  echo "== PostgreSQL full-text search: stored tsvector columns and GIN indexes (bench database only, once)"
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d ntmportal -v ON_ERROR_STOP=1 <<'SQL'
ALTER TABLE article ADD COLUMN IF NOT EXISTS bench_tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', document_fold(title || ' ' || lead || ' ' || body_html))) STORED;
CREATE INDEX IF NOT EXISTS article_bench_tsv_idx ON article USING gin (bench_tsv);
ALTER TABLE legal_document ADD COLUMN IF NOT EXISTS bench_tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', document_fold(number_symbol || ' ' || title || ' ' || abstract || ' ' || full_text))) STORED;
CREATE INDEX IF NOT EXISTS legal_document_bench_tsv_idx ON legal_document USING gin (bench_tsv);
ANALYZE article; ANALYZE legal_document;
SQL
  wrk -t$THREADS -c$CONNECTIONS -d5s --timeout 60s -s "$WORK/pgfts.lua" "$BASE" >/dev/null
  PG=$(run pgfts "$WORK/pgfts.lua")
  echo "$PG"
fi

p95() { sed -n 's/.*p95=\([0-9.]*\).*/\1/p' <<<"$1"; }
L=$(p95 "$LUCENE"); I=$(p95 "$ILIKE")
{
  echo "search benchmark $(date -u +%FT%TZ): $ARTICLES articles, $DOCUMENTS documents, $CONNECTIONS connections, $DURATION, cached pages ${CACHED_PAGES:-default 2000}"
  echo "$LUCENE"; echo "$ILIKE"; if [ -n "$PG" ]; then echo "$PG"; fi
  echo "target: lucene p95 <= 15 ms -> $(python3 -c "print('met' if $L <= 15 else 'NOT met')")"
  echo "ratio p95 ilike/lucene = $(python3 -c "print(round($I / $L, 1))")"
  if [ -n "$PG" ]; then echo "ratio p95 pgfts/lucene = $(python3 -c "print(round($(p95 "$PG") / $L, 1))")"; fi
} | tee "$RESULTS/search-$(date -u +%Y%m%d-%H%M%S).txt"
