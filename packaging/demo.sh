#!/usr/bin/env bash
# The README's first command: from a fresh Debian 12 machine to a running recopsd with a
# demo dataset and a trained model, and recops-console connected to it.
#
#   RECOPS_DEMO_DIR   data directory (default: ~/.local/share/recops-demo)
#   RECOPS_DEMO_PORT  port on 127.0.0.1 (default: 8470)
# Run it again to restart the server; `packaging/demo.sh stop` stops it.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
data_dir=${RECOPS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/recops-demo}
port=${RECOPS_DEMO_PORT:-8470}
url="http://127.0.0.1:${port}"
bin="${source_dir}/build/release/bin"
pid_file="${data_dir}/recopsd.pid"

say() { printf '\033[1mdemo:\033[0m %s\n' "$*" >&2; }

stop_server() {
  if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    say "stopping recopsd (pid $(cat "$pid_file"))"
    kill -TERM "$(cat "$pid_file")"
    while kill -0 "$(cat "$pid_file")" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$pid_file"
}

if [[ "${1:-}" == "stop" ]]; then
  stop_server
  exit 0
fi

say "installing what is missing"
"${source_dir}/packaging/install-deps.sh"

say "building (release preset)"
cmake --preset release -S "$source_dir" >/dev/null
cmake --build --preset release --target recopsd recops-console

mkdir -p "$data_dir"
if [[ ! -f "${data_dir}/.demo-ready" ]]; then
  say "generating a demo dataset in ${data_dir}"
  "${bin}/recopsd" generate --data-dir "$data_dir" --users 3000 --items 2000 --events 400000 --seed 42
  say "training a model and serving it"
  "${bin}/recopsd" train --data-dir "$data_dir" --stage production
  # A first backup, so that the demo starts inside its recovery point objective (BackupTooOld
  # would otherwise fire at once); the schedule takes the next ones.
  say "taking a first backup"
  "${bin}/recopsd" backup --data-dir "$data_dir" --label "demo set-up" >/dev/null
  touch "${data_dir}/.demo-ready"
fi

stop_server
say "starting recopsd on ${url}"
nohup "${bin}/recopsd" serve --data-dir "$data_dir" --listen "127.0.0.1:${port}" \
  --set log.access="${data_dir}/access.log" >"${data_dir}/recopsd.log" 2>&1 &
echo $! >"$pid_file"
for _ in $(seq 1 100); do
  curl -fsS "${url}/readyz" >/dev/null 2>&1 && break
  kill -0 "$(cat "$pid_file")" 2>/dev/null || { say "recopsd failed to start:"; cat "${data_dir}/recopsd.log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS "${url}/readyz" >/dev/null || { say "recopsd is not ready; see ${data_dir}/recopsd.log"; exit 1; }

token=$("${bin}/recopsd" token create --data-dir "$data_dir" --role admin --name "demo-console")

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  say "opening recops-console (token stored in your keyring under the profile 'demo')"
  printf '%s' "$token" | "${bin}/recops-console" --profile demo --server "$url" --environment demo --token-stdin &
  disown
else
  say "no display found: recopsd keeps running without the console"
fi
cat <<TXT

  recopsd   ${url}   (pid $(cat "$pid_file"), logs in ${data_dir})
  token     ${token}   (role admin)

  curl -H "Authorization: Bearer ${token}" "${url}/api/v1/recommend?user_id=u1&k=10"
  stop it:  packaging/demo.sh stop
TXT
