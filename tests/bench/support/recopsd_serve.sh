# Sourced by the benchmark scripts: starts `recopsd serve` on an ephemeral loopback port and
# waits until it is ready.
#
#   source tests/bench/support/recopsd_serve.sh
#   serve_recopsd BIN_DIR DATA_DIR SCRATCH_DIR [extra serve arguments...]
#
# Sets recopsd_pid and url ("http://127.0.0.1:PORT"); recopsd's log is SCRATCH_DIR/recopsd.log.
# The caller kills recopsd_pid when done (its EXIT trap); a recopsd that never becomes ready
# is killed here.
serve_recopsd() {
  local bin=$1 data=$2 scratch=$3
  shift 3
  "$bin/recopsd" serve --data-dir "$data" --listen 127.0.0.1:0 "$@" \
    > "$scratch/listening" 2> "$scratch/recopsd.log" &
  recopsd_pid=$!
  # recopsd prints one JSON line with its URL once it listens; poll for it (a script has no
  # better wait on another process's output), giving up when recopsd exits.
  for _ in $(seq 1 600); do
    [[ -s "$scratch/listening" ]] && break
    kill -0 "$recopsd_pid" 2> /dev/null || { cat "$scratch/recopsd.log" >&2; return 1; }
    sleep 0.1
  done
  url=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['url'])" \
    "$scratch/listening")
  for _ in $(seq 1 600); do
    curl -fs "$url/readyz" > /dev/null && return 0
    sleep 0.1
  done
  echo "recopsd at $url did not become ready; see $scratch/recopsd.log" >&2
  kill "$recopsd_pid"
  return 1
}
