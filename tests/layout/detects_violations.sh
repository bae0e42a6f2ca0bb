#!/usr/bin/env bash
# Builds a tiny tree that breaks each convention once and expects check_layout.sh to
# report every one of them.
set -euo pipefail
checker=${1:?usage: detects_violations.sh CHECKER}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree"/{core,server,ui,app,tests}
header=$'// SPDX-License-Identifier: Apache-2.0\n// Copyright 2026 The RecOps Authors\n'
printf '%s#include <QtWidgets/QWidget>\n' "$header" > "$tree/core/widget_in_core.h"
printf '%s#include <QString>\n' "$header" > "$tree/server/qt_in_server.h"
printf 'int noLicence();\n' > "$tree/ui/no_licence.h"
{ printf '%s' "$header"; for i in $(seq 1 700); do echo "// line $i"; done; } > "$tree/app/too_long.cpp"
printf '%sint fine();\n' "$header" > "$tree/tests/fine.h"

if output=$("$checker" "$tree" 2>&1); then
  echo "checker passed a tree full of violations" >&2
  exit 1
fi
for expected in "core/ must not include" "server/ must not include Qt" "missing licence header" "limit 600"; do
  grep -q "$expected" <<<"$output" || { echo "checker missed: $expected" >&2; echo "$output" >&2; exit 1; }
done
[[ $(grep -c '^layout: ' <<<"$output") -eq 5 ]] || { echo "unexpected report:" >&2; echo "$output" >&2; exit 1; }
echo "checker reports every violation"
