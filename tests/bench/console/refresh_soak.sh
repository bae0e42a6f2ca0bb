#!/usr/bin/env bash
# Whether recops-console's memory stays flat over an hour of auto-refresh: generates and trains
# a demo-sized dataset, starts recopsd with steady recommend traffic (wrk, one connection, a
# request every 50 ms, so the dashboard's charts move), and runs recops-console-soak against
# it, which shows every page in turn and samples its resident memory and heap.
#
#   tests/bench/console/refresh_soak.sh [--bin DIR] [--bench DIR] [--minutes N]
#                                       [--sample-seconds N] [--page-seconds N]
# Prints the soak's samples and its growth per hour; docs/performance.md records them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../../../build/release/bin"
bench="$here/../../../build/release/bench"
minutes=60
sample_seconds=60
page_seconds=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --bench) bench=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --sample-seconds) sample_seconds=$2; shift 2 ;;
    --page-seconds) page_seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
scratch=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
data="$scratch/data"
users=600
"$bin/recopsd" generate --data-dir "$data" --users "$users" --items 400 --events 40000 \
  --seed 7 >&2
"$bin/recopsd" train --data-dir "$data" --stage production --force \
  --comment "console soak data set" > /dev/null
admin=$("$bin/recopsd" token create --data-dir "$data" --role admin --name soak 2> /dev/null)
client=$("$bin/recopsd" token create --data-dir "$data" --role client --name traffic 2> /dev/null)

# shellcheck source=../support/recopsd_serve.sh
source "$here/../support/recopsd_serve.sh"
serve_recopsd "$bin" "$data" "$scratch" --set log.access=off --set log.level=warning
pids+=("$recopsd_pid")

RECOPS_TOKEN=$client RECOPS_USERS=$users RECOPS_DELAY_MS=50 \
  wrk -t1 -c1 -d"$((minutes + 5))m" -s "$here/../http/random_user.lua" "$url" > /dev/null &
pids+=($!)

echo "$admin" | "$bench/recops-console-soak" --server "$url" --minutes "$minutes" \
  --sample-seconds "$sample_seconds" --page-seconds "$page_seconds"
