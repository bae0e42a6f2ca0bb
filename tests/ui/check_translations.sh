#!/usr/bin/env bash
# Every user-visible string of the console is in the committed .ts files, and translated:
# lupdate is run on the sources into copies of the .ts files; the copies must equal the
# committed files (no string added, changed or dropped without updating them) and hold no
# unfinished translation.
set -euo pipefail
lupdate=${1:?usage: check_translations.sh LUPDATE SOURCE_DIR}
source_dir=${2:?usage: check_translations.sh LUPDATE SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/translations/*.ts "$work/"
mapfile -t sources < <(cd "$source_dir" && find app core ui -name '*.cpp' -o -name '*.h' | sort)
# -I: includes are written from the source root ("core/api_client.h"); without it lupdate
# cannot see the namespaces and files the strings under the wrong context.
(cd "$source_dir" && "$lupdate" -silent -locations none -no-obsolete -I . "${sources[@]}" \
  -ts "$work"/*.ts)
failed=0
for ts in "$work"/*.ts; do
  name=$(basename "$ts")
  if ! diff -u "$source_dir/translations/$name" "$ts" >"$work/$name.diff"; then
    echo "translations/$name is out of date: run the update_translations target." >&2
    sed -n '1,40p' "$work/$name.diff" >&2
    failed=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [[ $unfinished -gt 0 ]]; then
    echo "translations/$name has $unfinished unfinished translation(s):" >&2
    grep -B2 'type="unfinished"' "$ts" | grep '<source>' | sed -n '1,20p' >&2
    failed=1
  fi
  messages=$(grep -c '<message>' "$ts" || true)
  [[ $messages -gt 100 ]] || { echo "translations/$name has only $messages messages" >&2; failed=1; }
done
[[ $failed -eq 0 ]] && echo "translations: every string present and translated"
exit $failed
