#!/usr/bin/env bash
# Conventions of the house, checked rather than remembered:
#   - core/ never includes QtWidgets or QtCharts (it must run without a display);
#   - server/ never includes Qt (the server and the console share a contract, not code);
#   - every C++ source carries the two-line licence header;
#   - no source file grows past 600 lines (split the class, not the file).
set -uo pipefail
root=${1:?usage: check_layout.sh SOURCE_DIR}
cd "$root" || exit 2
failures=0
fail() { echo "layout: $*" >&2; failures=$((failures + 1)); }

sources() { find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null; }

while IFS= read -r hit; do
  fail "core/ must not include widgets or charts: $hit"
done < <(grep -nE '#include[[:space:]]*[<"](QtWidgets|QtCharts|QWidget|QMainWindow|QDialog|QApplication|QPushButton|QLabel|QChart)' $(sources core) /dev/null)

while IFS= read -r hit; do
  fail "server/ must not include Qt: $hit"
done < <(grep -nE '#include[[:space:]]*[<"](Qt[A-Za-z]*/|Q[A-Z][A-Za-z]+>)' $(sources server) /dev/null)

for file in $(sources app core ui server tests); do
  head -n 2 "$file" | grep -q 'SPDX-License-Identifier: Apache-2.0' ||
    fail "missing licence header (SPDX-License-Identifier: Apache-2.0): $file"
  lines=$(wc -l < "$file")
  [[ $lines -le 600 ]] || fail "$file has $lines lines (limit 600): split the class"
done

if [[ $failures -gt 0 ]]; then
  echo "layout: $failures problem(s)" >&2
  exit 1
fi
echo "layout: all conventions hold"
