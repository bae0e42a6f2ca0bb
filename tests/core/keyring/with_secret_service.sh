#!/usr/bin/env bash
# Runs a command with a throwaway HOME inside a private D-Bus session, in one of three
# worlds, so the keyring tests meet a real Secret Service (or a real absence of one) and
# never touch the user's own keyring:
#   gnome-keyring      gnome-keyring-daemon runs with its login keyring created and unlocked
#   no-secret-service  a session bus on which nothing provides org.freedesktop.secrets
#   no-bus             no session bus at all
# usage: with_secret_service.sh MODE -- COMMAND [ARGS...]
set -euo pipefail

if [[ "${1:-}" == "--inside" ]]; then
  # Second stage, inside dbus-run-session.
  shift
  mode=$1
  shift
  if [[ "$mode" == "gnome-keyring" ]]; then
    # --unlock reads the login password on stdin, creates the login keyring when it does
    # not exist, and makes it the default collection.
    eval "$(printf 'recops-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # Wait (bounded) until the daemon owns the Secret Service name on this bus.
    for _ in $(seq 1 100); do
      if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
          grep -q 'boolean true'; then
        break
      fi
      sleep 0.05
    done
  fi
  exec "$@"
fi

mode=${1:?usage: with_secret_service.sh gnome-keyring|no-secret-service|no-bus -- COMMAND...}
shift
[[ "${1:-}" == "--" ]] && shift
[[ $# -gt 0 ]] || { echo "with_secret_service.sh: no command given" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Without these, libsecret could reach the developer's real session or autolaunch a bus.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export RECOPS_KEYRING_MODE="$mode"

case "$mode" in
  gnome-keyring)
    dbus-run-session -- "$0" --inside "$mode" "$@"
    ;;
  no-secret-service)
    # The same kind of session bus, but with no service directories: nothing can be
    # activated, so org.freedesktop.secrets stays unknown.
    cat >"$work/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$work</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$work/bus.conf" -- "$0" --inside "$mode" "$@"
    ;;
  no-bus)
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-such-bus"
    "$@"
    ;;
  *)
    echo "with_secret_service.sh: unknown mode '$mode'" >&2
    exit 2
    ;;
esac
