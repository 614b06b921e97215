#!/usr/bin/env bash
# Benchmark: the packaged portal on the 200,000-article dataset against nginx serving the same
# article HTML as a static file (the ceiling). wrk, 64 connections, 3 runs per page, medians.
#
#   bench/run.sh                 # full run (first run seeds 200,000 articles, a few minutes)
#   ARTICLES=20000 bench/run.sh  # smaller dataset, e.g. to try the script
#   DURATION=15s RUNS=3 CONNECTIONS=64 THREADS=2 VISITORS=1000 are the other knobs.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-200000}
DURATION=${DURATION:-15s}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
VISITORS=${VISITORS:-1000}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORK=bench/work/$ARTICLES
RESULTS=bench/results
mkdir -p "$WORK/static" "$RESULTS"
WORK=$(cd "$WORK" && pwd)

. bench/lib.sh
need wrk wrk
need nginx nginx-light
need curl curl

NGINX_PID=""
cleanup() {
  stop_portal
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "== starting the portal ($ARTICLES articles; the first start seeds them)"
java -Xms1g -Xmx2g -jar "$JAR" --server.port=$APP_PORT --ntm.public-url=http://localhost:$APP_PORT \
  --ntm.embedded-db.dir="$WORK/pg" --ntm.upload-dir="$WORK/uploads" --ntm.demo.articles=$ARTICLES \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
wait_for_portal "http://localhost:$APP_PORT"
BASE=http://localhost:$APP_PORT
UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

# pages to measure: the 2nd category of the menu, its page 2, and an article from that page
CATEGORY=$(curl -s -A "$UA" "$BASE/" | grep -o 'href="/chuyen-muc/[a-z0-9-]*"' | sed -n 2p | cut -d'"' -f2)
ARTICLE=$(curl -s -A "$UA" "$BASE$CATEGORY/trang-2" | grep -o 'href="/tin-tuc/[a-z0-9-]*-[0-9]*"' | head -1 | cut -d'"' -f2)
echo "   article: $ARTICLE"
echo "   category: $CATEGORY"
curl -s -A "$UA" "$BASE$ARTICLE" > "$WORK/static/article.html"
echo "   article HTML: $(wc -c < "$WORK/static/article.html") bytes"

# a pool of real visitors: each fetch without a cookie makes the portal issue a signed visitor cookie
echo "== making $VISITORS visitor cookies"
{
  echo "cookies = {"
  for i in $(seq 1 "$VISITORS"); do
    c=$(curl -s -o /dev/null -D - -A "$UA" "$BASE/" | grep -i '^set-cookie: ntm_v=' | head -1 | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
    [ -n "$c" ] && echo "  \"$c\","
  done
  echo "}"
  cat <<LUA
counter = 0
request = function()
  counter = counter + 1
  local headers = { ["User-Agent"] = "$UA", ["Cookie"] = cookies[(counter % #cookies) + 1], ["Accept"] = "text/html" }
  return wrk.format("GET", nil, headers)
end
LUA
} > "$WORK/visitors.lua"
grep -c 'ntm_v=' "$WORK/visitors.lua" | sed 's/^/   cookies: /'

cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 100000;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; location / { try_files /article.html =404; } }
}
NGINX
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

measure() { # name url -> appends "rps p99ms" lines
  local name=$1 url=$2
  for r in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/visitors.lua" "$url" > "$WORK/wrk-$name-$r.txt" 2>&1
    local rps p99 errors
    rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk-$name-$r.txt")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' "$WORK/wrk-$name-$r.txt")
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk-$name-$r.txt" | tr '\n' ' ' || true)
    echo "$rps $p99" >> "$WORK/$name.runs"
    printf '   %-9s run %d: %10.0f req/s  p99 %7.2f ms %s\n' "$name" "$r" "$rps" "$p99" "$errors"
  done
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== warm-up"
for u in "$BASE$ARTICLE" "$BASE/" "$BASE$CATEGORY" "http://127.0.0.1:$NGINX_PORT/"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$WORK/visitors.lua" "$u" >/dev/null 2>&1
done

rm -f "$WORK"/*.runs
echo "== measuring ($RUNS × $DURATION, $CONNECTIONS connections, $THREADS threads)"
measure static "http://127.0.0.1:$NGINX_PORT/"
measure article "$BASE$ARTICLE"
measure home "$BASE/"
measure category "$BASE$CATEGORY"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
{
  echo "NTM Portal benchmark $STAMP: $ARTICLES articles, $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $RUNS runs, medians"
  printf '%-10s %12s %10s\n' page "req/s" "p99 ms"
  for n in static article home category; do
    printf '%-10s %12.0f %10.2f\n' "$n" "$(cut -d' ' -f1 "$WORK/$n.runs" | median)" "$(cut -d' ' -f2 "$WORK/$n.runs" | median)"
  done
  a=$(cut -d' ' -f1 "$WORK/article.runs" | median); s=$(cut -d' ' -f1 "$WORK/static.runs" | median)
  awk -v a="$a" -v s="$s" 'BEGIN { printf "ratio article/static ceiling: %.3f (target >= 0.25)\n", a / s }'
} | tee "$RESULTS/bench-$STAMP.txt"
