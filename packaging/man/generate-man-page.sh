#!/usr/bin/env bash
# generate-man-page.sh PROGRAM SECTION DESCRIPTION INCLUDE OUTPUT
#
# Writes the gzipped man page OUTPUT of the built PROGRAM with help2man: NAME, SYNOPSIS and
# OPTIONS from `PROGRAM --help`, the version from `PROGRAM --version`, the hand-written
# sections of INCLUDE, and, when the help lists subcommands (CLI11's "Subcommands:"), a
# SUBCOMMANDS section with each subcommand's own --help, found recursively. A subcommand or
# option added to the program therefore appears in its man page at the next build.
set -euo pipefail
program=${1:?usage: generate-man-page.sh PROGRAM SECTION DESCRIPTION INCLUDE OUTPUT}
section=${2:?} description=${3:?} include=${4:?} output=${5:?}
name=$(basename "$program")
# English, whatever the build machine's locale: the console translates its --help.
export LC_ALL=C.UTF-8 LANGUAGE=
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The names under a "Subcommands:" heading of CLI11's help, one per line.
subcommands_in() {
  awk 'tolower($0) ~ /^subcommands:/ { inside = 1; next }
       inside && /^[[:space:]]*$/ { inside = 0 }
       inside && /^  [^ ]/ { print $1 }'
}

# CLI11's help as roff: headings ("Options:") in bold, each "  TERM   description" entry as a
# tagged paragraph, other lines as running text; backslashes escaped, no line read as a
# request.
as_roff() {
  awk '
    function escaped(text) { gsub(/\\/, "\\e", text); sub(/^[.'"'"']/, "\\\\\\&&", text); return text }
    function minus(text) { gsub(/-/, "\\-", text); return text }
    function paragraph() { if (!fresh) print ".PP"; fresh = 1 }
    function emit(line) { print line; fresh = 0 }
    BEGIN { fresh = 1 }
    /^[[:space:]]*$/ { paragraph(); next }
    /^Usage: / { paragraph(); emit("\\fBUsage:\\fR " escaped(substr($0, 8))); paragraph(); next }
    /^[A-Za-z][A-Za-z ]*:$/ { paragraph(); emit("\\fB" $0 "\\fR"); next }
    /^  [^ ]/ {
      entry = substr($0, 3)
      print ".TP"
      if (match(entry, /   */)) {
        emit("\\fB" minus(escaped(substr(entry, 1, RSTART - 1))) "\\fR")
        emit(escaped(substr(entry, RSTART + RLENGTH)))
      } else {
        emit("\\fB" minus(escaped(entry)) "\\fR")
      }
      next
    }
    { sub(/^[[:space:]]+/, ""); emit(escaped($0)) }
  '
}

# describe WORD...: the help of `PROGRAM WORD...`, then that of each of its subcommands.
describe() {
  local help
  help=$("$program" "$@" --help)
  printf '.SS "%s %s"\n' "$name" "$*"
  printf '%s\n' "$help" | as_roff
  local sub
  for sub in $(printf '%s\n' "$help" | subcommands_in); do
    describe "$@" "$sub"
  done
}

cp "$include" "$work/include.h2m"
top_subcommands=$("$program" --help | subcommands_in)
if [[ -n "$top_subcommands" ]]; then
  {
    echo "[SUBCOMMANDS]"
    for sub in $top_subcommands; do
      describe "$sub"
    done
  } >>"$work/include.h2m"
fi

help2man --no-info --section "$section" --name "$description" \
  --include "$work/include.h2m" --output "$work/page" "$program"
gzip -9 -n -c "$work/page" >"$output.tmp"
mv "$output.tmp" "$output"
