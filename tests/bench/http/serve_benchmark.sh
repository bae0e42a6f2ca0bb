#!/usr/bin/env bash
# Measures recopsd over HTTP with wrk, beside nginx serving a static JSON file of the same size
# on the same machine (the machine's HTTP ceiling):
#   - GET /api/v1/recommend for random users, result cache off, at light load (2 connections)
#     and saturated (16 connections);
#   - POST /api/v1/events in durable batches (ingestion rate).
# Prints one line per measurement; docs/performance.md records the figures.
#
#   tests/bench/http/serve_benchmark.sh [--bin DIR] [--data DIR] [--items N] [--users N]
#                                       [--events N] [--duration SECONDS] [--batch N]
# --data keeps the generated and trained data directory for the next run (generation and
# training of a large catalog take minutes); it is created when missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../../../build/release/bin"
data=""
items=100000
users=50000
events=2000000
duration=20
batch=500
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --items) items=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --events) events=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
scratch=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
[[ -n "$data" ]] || data="$scratch/data"

if [[ ! -f "$data/.bench-ready" ]]; then
  echo "preparing $items items, $users users, $events events in $data" >&2
  "$bin/recopsd" generate --data-dir "$data" --users "$users" --items "$items" --events "$events" \
    --seed 7 >&2
  /usr/bin/time -f "train_seconds=%e train_max_rss_kb=%M" \
    "$bin/recopsd" train --data-dir "$data" --stage production --force \
    --comment "benchmark data set" > "$scratch/train.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('algorithm=' + d['algorithm'], 'ndcg@10=%.4f' % d['metrics']['overall']['ndcg@10'])" "$scratch/train.json" >&2
  touch "$data/.bench-ready"
fi
token=$("$bin/recopsd" token create --data-dir "$data" --role client --name bench 2>/dev/null)

# shellcheck source=../support/recopsd_serve.sh
source "$here/../support/recopsd_serve.sh"
serve_recopsd "$bin" "$data" "$scratch" --set cache.enabled=false --set log.access=off \
  --set log.level=warning
pids+=("$recopsd_pid")

export RECOPS_TOKEN=$token RECOPS_USERS=$users RECOPS_ITEMS=$items RECOPS_BATCH=$batch
# The static twin: a body of the same size as a real answer, served by nginx.
curl -fs -H "Authorization: Bearer $token" "$url/api/v1/recommend?user_id=u1&k=10" > "$scratch/answer.json"
mkdir -p "$scratch/nginx/www"
cp "$scratch/answer.json" "$scratch/nginx/www/answer.json"
# Started as root, nginx's workers run as nobody: they must be able to read the file.
chmod 0755 "$scratch" "$scratch/nginx" "$scratch/nginx/www"
chmod 0644 "$scratch/nginx/www/answer.json"
nginx_port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
cat > "$scratch/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $scratch/nginx;
  proxy_temp_path $scratch/nginx;
  fastcgi_temp_path $scratch/nginx;
  uwsgi_temp_path $scratch/nginx;
  scgi_temp_path $scratch/nginx;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    location / { root $scratch/nginx/www; default_type application/json; }
  }
}
CONF
nginx -c "$scratch/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$nginx_port/answer.json" > /dev/null && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$nginx_port/answer.json" > /dev/null ||
  { echo "nginx does not serve the static answer; see $scratch/nginx/error.log" >&2; exit 1; }

measure() {
  local label=$1
  shift
  local line
  line=$(wrk "$@" | grep '^RESULT' | sed 's/^RESULT //')
  echo "$label $line"
}
echo "items=$items users=$users events=$events body_bytes=$(wc -c < "$scratch/answer.json")"
wrk -t2 -c2 -d5s -s "$here/random_user.lua" "$url" > /dev/null  # warm-up
measure "recommend c=2" -t2 -c2 -d"${duration}s" --latency -s "$here/random_user.lua" "$url"
measure "recommend c=16" -t2 -c16 -d"${duration}s" --latency -s "$here/random_user.lua" "$url"
measure "nginx-static c=2" -t2 -c2 -d"${duration}s" --latency -s "$here/static_file.lua" \
  "http://127.0.0.1:$nginx_port/answer.json"
measure "nginx-static c=16" -t2 -c16 -d"${duration}s" --latency -s "$here/static_file.lua" \
  "http://127.0.0.1:$nginx_port/answer.json"
echo "recopsd_rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$recopsd_pid/status)"
measure "events batch=$batch c=4" -t2 -c4 -d"${duration}s" --latency -s "$here/event_batches.lua" "$url"
echo "(events per second = requests_per_second x $batch)"
