#!/usr/bin/env bash
# Installs the Debian 12 packages that building, testing and running the RecOps demo need.
# Idempotent: when every package is present it changes nothing and touches no network;
# otherwise it refreshes the package lists once and installs only what is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache mold pkg-config git clang-format clang-tidy
  # recopsd
  libboost-dev libcli11-dev libfccp-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libpq-dev
  libfaiss-dev libopenblas-dev libeigen3-dev libcurl4-openssl-dev libssl-dev libzstd-dev
  libsystemd-dev libhiredis-dev libtomlplusplus-dev libre2-dev
  # recops-console
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev
  qt6-translations-l10n libqt6opengl6-dev
  # tests, benchmarks and the real servers they start on loopback
  libgtest-dev libgmock-dev libbenchmark-dev prometheus xvfb xauth dbus dbus-x11
  gnome-keyring libsecret-tools wrk nginx-light redis-server postgresql curl procps
  python3-yaml python3-jsonschema
  # packaging: icons rendered from SVG, man pages from --help, and the checks on the packages
  dpkg-dev fakeroot file lintian desktop-file-utils appstream librsvg2-bin help2man man-db
  systemd
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi
# Package services (nginx, redis, postgresql, prometheus) must not start on install:
# the tests start their own instances on loopback with throwaway data directories.
policy_dir=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e "$policy_dir" ]]; then
  printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy_dir" >/dev/null
  "${as_root[@]}" chmod 755 "$policy_dir"
  created_policy=1
fi
trap '[[ $created_policy -eq 1 ]] && "${as_root[@]}" rm -f "$policy_dir"' EXIT
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
