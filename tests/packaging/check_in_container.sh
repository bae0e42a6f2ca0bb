#!/usr/bin/env bash
# check_in_container.sh PACKAGE_DIR [ROOT_DIR]
#
# The check that ctest cannot make: the packages installed with apt-get on a fresh Debian 12,
# and recopsd.service run by a real systemd, sandbox and all. Boots a minimal bookworm
# (made with mmdebstrap into ROOT_DIR, default /var/tmp/recops-bookworm, when missing) as a
# systemd-nspawn container, installs recopsd_*.deb and recops-console_*.deb from PACKAGE_DIR
# with apt-get, and checks the service: started through READY=1, answering on 127.0.0.1:8470,
# logging to the journal, reloading on `systemctl reload`, stopping cleanly, and purged
# without a trace. Needs root, mmdebstrap and systemd-container, and reaches Debian's mirror;
# run it by hand before a release (docs/install.md).
set -euo pipefail
package_dir=$(cd "${1:?usage: check_in_container.sh PACKAGE_DIR [ROOT_DIR]}" && pwd)
root=${2:-/var/tmp/recops-bookworm}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

if [[ ! -x "$root/usr/bin/apt-get" ]]; then
  mmdebstrap --variant=minbase --include=systemd,systemd-sysv,dbus,curl bookworm "$root"
fi
# Not /tmp: the container mounts a fresh tmpfs there.
rm -rf "$root/var/tmp/packages"
mkdir -p "$root/var/tmp/packages"
cp "$package_dir"/recopsd_*.deb "$package_dir"/recops-console_*.deb "$root/var/tmp/packages/"

# --ephemeral: every run starts from the same fresh system and leaves nothing behind.
systemd-nspawn -q -D "$root" --ephemeral --boot --console=read-only --register=no --keep-unit \
  >"$package_dir/container-boot.log" 2>&1 &
nspawn=$!
trap 'kill "$nspawn" 2>/dev/null; wait "$nspawn" 2>/dev/null || true' EXIT
# The container's systemd is the nspawn process's child; wait until it runs.
init=""
for _ in $(seq 600); do  # up to 2 minutes: --ephemeral copies the tree first
  init=$(pgrep -P "$nspawn" || true)
  if [[ -n "$init" ]]; then
    state=$(nsenter -t "$init" -a systemctl is-system-running --wait 2>/dev/null || true)
    [[ "$state" == running || "$state" == degraded ]] && break
  fi
  sleep 0.2
done
[[ -n "$init" ]] || { cat "$package_dir/container-boot.log" >&2; echo "FAIL: the container did not boot" >&2; exit 1; }
inside() { nsenter -t "$init" -a "$@"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

inside env DEBIAN_FRONTEND=noninteractive apt-get update -qq
check "apt-get install ./recopsd_*.deb ./recops-console_*.deb pulls in what they need" \
  inside sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /var/tmp/packages/*.deb >/var/tmp/install.log 2>&1 || { cat /var/tmp/install.log; exit 1; }'

check "the installed recops-console runs with the libraries apt pulled in" \
  inside sh -c 'test "$(QT_QPA_PLATFORM=offscreen recops-console --version)" = "recops-console $(dpkg-query -W -f="\${Version}" recops-console | sed "s/-[^-]*$//")"'
check "the recopsd user exists, without a login shell" \
  inside sh -c 'getent passwd recopsd | grep -q ":/var/lib/recopsd:/usr/sbin/nologin$"'
check "/var/lib/recopsd belongs to recopsd, mode 0750" \
  test "$(inside stat -c '%U:%G %a' /var/lib/recopsd)" = "recopsd:recopsd 750"
check "recopsd.service is enabled and active after installation" \
  inside sh -c 'systemctl is-enabled -q recopsd && systemctl is-active -q recopsd'
check "it answers on 127.0.0.1:8470" \
  inside curl -fsS -o /dev/null http://127.0.0.1:8470/healthz
check "its status line comes from READY=1" \
  inside sh -c 'systemctl show -p StatusText --value recopsd | grep -q "^serving on http://127.0.0.1:8470"'
check "it runs as recopsd" \
  test "$(inside stat -c %U "/proc/$(inside systemctl show -p MainPID --value recopsd)")" = recopsd
check "the journal has its log" \
  inside sh -c 'journalctl -u recopsd -o cat | grep -q "recopsd is serving"'
check "the admin can create a token as the recopsd user" \
  inside sh -c 'runuser -u recopsd -- recopsd token create --data-dir /var/lib/recopsd --role admin --name ops | grep -q "^rcp_"'

# Reload: a new log level applies, a changed port is reported as needing a restart.
inside sed -i -e 's/^#listen = .*/listen = "127.0.0.1:8471"/' -e 's/^#level = .*/level = "warning"/' \
  /etc/recopsd/recopsd.toml
inside systemctl reload recopsd
check "systemctl reload applies log.level and names server.listen as needing a restart" \
  inside sh -c 'for i in $(seq 50); do systemctl show -p StatusText --value recopsd | grep -q "reloaded: log.level; restart needed for: server.listen" && exit 0; sleep 0.2; done; exit 1'
check "the service still answers on the old port after the reload" \
  inside curl -fsS -o /dev/null http://127.0.0.1:8470/healthz
check "systemctl restart applies the new port" \
  inside sh -c 'systemctl restart recopsd && curl -fsS -o /dev/null http://127.0.0.1:8471/healthz'

check "systemctl stop stops it cleanly (exit 0)" \
  inside sh -c 'systemctl stop recopsd && test "$(systemctl show -p ExecMainStatus --value recopsd)" = 0'
echo "   security: $(inside systemd-analyze security recopsd.service 2>/dev/null | tail -1)"

check "apt-get purge removes configuration and data" \
  inside sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq recopsd >/dev/null 2>&1 && test ! -e /etc/recopsd && test ! -e /var/lib/recopsd'

if [[ $failures -gt 0 ]]; then
  echo "container: $failures check(s) failed" >&2
  exit 1
fi
echo "container: all checks passed"
